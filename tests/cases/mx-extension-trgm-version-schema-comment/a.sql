-- pg_trgm at 1.3 in schema search with a custom comment; in b at 1.6, in schema public with a custom comment.
-- Version, schema and comment change together under indexes, a function, a view and a CHECK that use it.
CREATE SCHEMA search;
CREATE EXTENSION pg_trgm WITH SCHEMA search VERSION '1.3';
COMMENT ON EXTENSION pg_trgm IS 'trigrams, kept in search';
CREATE TABLE doc (id int PRIMARY KEY, title text NOT NULL, body text,
  CONSTRAINT title_not_gibberish CHECK (search.similarity(title, 'xxxx') < 0.9));
CREATE INDEX doc_title_trgm ON doc USING gin (title search.gin_trgm_ops);
CREATE INDEX doc_body_trgm ON doc USING gist (body search.gist_trgm_ops);
CREATE FUNCTION title_like(q text) RETURNS SETOF int LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT id FROM doc WHERE title OPERATOR(search.%) q; END;
CREATE VIEW doc_sim AS SELECT id, search.word_similarity('report', title) AS ws FROM doc;
