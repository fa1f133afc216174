CREATE TEXT SEARCH CONFIGURATION app_en (COPY = english);
CREATE TABLE doc (id int PRIMARY KEY, lang regconfig NOT NULL DEFAULT 'app_en', body text);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector(lang, body));
