CREATE SCHEMA search;
CREATE EXTENSION pg_trgm VERSION '1.6';
COMMENT ON EXTENSION pg_trgm IS 'trigram search for documents';
CREATE TABLE doc (id int PRIMARY KEY, title text NOT NULL, body text,
  CONSTRAINT title_not_gibberish CHECK (similarity(title, 'xxxx') < 0.9));
CREATE INDEX doc_title_trgm ON doc USING gin (title gin_trgm_ops);
CREATE INDEX doc_body_trgm ON doc USING gist (body gist_trgm_ops (siglen = 24));
CREATE FUNCTION title_like(q text) RETURNS SETOF int LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT id FROM doc WHERE title % q; END;
CREATE VIEW doc_sim AS SELECT id, word_similarity('report', title) AS ws FROM doc;
