-- A configuration copied from english is reworked mapping by mapping: one token type's
-- dictionary list replaced, one token type no longer indexed, one newly indexed, a
-- dictionary swapped everywhere (REPLACE) for a new simple dictionary. A
-- generated column and a view use the configuration; it stays (altered in place).
CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.syn (TEMPLATE = synonym, SYNONYMS = synonym_sample);
CREATE TEXT SEARCH CONFIGURATION search.en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION search.en ALTER MAPPING FOR asciiword WITH search.syn, english_stem;
CREATE TABLE page (id int PRIMARY KEY, body text NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('search.en'::regconfig, body)) STORED);
CREATE VIEW page_hits AS SELECT id FROM page WHERE tsv @@ plainto_tsquery('search.en'::regconfig, 'postgres');
