-- A search configuration maps words to a team dictionary, then to simple. The dictionary
-- changes template (simple -> synonym), which cannot be altered: it is re-created while the
-- configuration maps to it and the configuration feeds a stored generated column, an
-- expression index, and a view.
CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search.terms (TEMPLATE = synonym, SYNONYMS = synonym_sample);
COMMENT ON TEXT SEARCH DICTIONARY search.terms IS 'product terms';
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION search.docs
  ADD MAPPING FOR asciiword, word, numword WITH search.terms, simple;
CREATE TABLE article (
  id int PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('search.docs'::regconfig, body)) STORED
);
CREATE INDEX article_tsv ON article USING gin (tsv);
CREATE INDEX article_title_ts ON article USING gin (to_tsvector('search.docs'::regconfig, title));
CREATE VIEW article_hits AS
  SELECT id FROM article WHERE tsv @@ to_tsquery('search.docs'::regconfig, 'widget');
