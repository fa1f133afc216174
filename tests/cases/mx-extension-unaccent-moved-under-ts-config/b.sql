CREATE SCHEMA ext;
CREATE EXTENSION unaccent WITH SCHEMA ext;
CREATE TEXT SEARCH CONFIGURATION fr_plain (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION fr_plain ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH ext.unaccent, simple;
CREATE TABLE article (
  id int PRIMARY KEY,
  title text NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.fr_plain'::regconfig, title)) STORED
);
CREATE INDEX article_tsv ON article USING gin (tsv);
CREATE VIEW article_plain AS SELECT id, ext.unaccent(title) AS title FROM article;
