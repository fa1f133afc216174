-- The configuration's parser changes (it cannot be altered), so it is re-created while a
-- generated tsvector column with a GIN index, an expression index and a function name it.
CREATE SCHEMA search;
CREATE TEXT SEARCH PARSER search.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH DICTIONARY search.en_stem (TEMPLATE = snowball, LANGUAGE = english, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION search.docs (PARSER = search.words);
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR asciiword, word WITH search.en_stem;
ALTER TEXT SEARCH CONFIGURATION search.docs ADD MAPPING FOR numword, int WITH simple;
CREATE TABLE doc (
  id int PRIMARY KEY,
  title text NOT NULL,
  body text,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('search.docs'::regconfig, coalesce(body, ''))) STORED
);
CREATE INDEX doc_tsv ON doc USING gin (tsv);
CREATE INDEX doc_title_ts ON doc USING gin (to_tsvector('search.docs'::regconfig, title));
CREATE FUNCTION find_docs(q text) RETURNS SETOF doc LANGUAGE sql STABLE
  AS $$ SELECT * FROM doc WHERE tsv @@ plainto_tsquery('search.docs', q) $$;
