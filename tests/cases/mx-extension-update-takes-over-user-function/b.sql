CREATE EXTENSION pg_trgm VERSION '1.4';
CREATE TABLE doc (id int PRIMARY KEY, title text);
CREATE VIEW doc_match AS SELECT id, strict_word_similarity('report', title) AS s FROM doc;
