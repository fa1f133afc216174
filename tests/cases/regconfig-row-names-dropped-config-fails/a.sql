CREATE TEXT SEARCH CONFIGURATION app_en (COPY = english);
CREATE TEXT SEARCH CONFIGURATION app_de (COPY = german);
CREATE TABLE doc (id int PRIMARY KEY, lang regconfig NOT NULL DEFAULT 'app_de', body text);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector(lang, body));
