CREATE TEXT SEARCH CONFIGURATION docs (PARSER = default);
CREATE TABLE doc (body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('docs'::regconfig, body)) STORED);
CREATE INDEX doc_tsv ON doc USING gin (tsv);
