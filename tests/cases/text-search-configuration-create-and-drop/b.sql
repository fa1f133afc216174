CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.stop (TEMPLATE = simple, STOPWORDS = english);
-- A copy of english (every token type mapped) with one mapping changed.
CREATE TEXT SEARCH CONFIGURATION search.docs (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION search.docs ALTER MAPPING FOR asciiword WITH search.stop, english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION search.docs IS 'documents';
-- A generated column that names the configuration depends on it.
CREATE TABLE search.doc (body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('search.docs'::regconfig, body)) STORED);
