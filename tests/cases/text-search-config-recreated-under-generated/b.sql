CREATE TEXT SEARCH PARSER words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH CONFIGURATION docs (PARSER = words);
CREATE TABLE doc (body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('docs'::regconfig, body)) STORED);
CREATE INDEX doc_tsv ON doc USING gin (tsv);
