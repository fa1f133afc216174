-- pg_trgm 1.3 lacks strict_word_similarity, so the team wrote their own; pg_trgm 1.4 ships a function with the same
-- signature, so the update must come after the user's function is dropped (and a view using it is re-pointed).
CREATE EXTENSION pg_trgm VERSION '1.3';
CREATE FUNCTION strict_word_similarity(text, text) RETURNS real LANGUAGE sql IMMUTABLE STRICT
  RETURN word_similarity($1, $2);
CREATE TABLE doc (id int PRIMARY KEY, title text);
CREATE VIEW doc_match AS SELECT id, strict_word_similarity('report', title) AS s FROM doc;
