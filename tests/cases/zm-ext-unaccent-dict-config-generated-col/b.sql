CREATE EXTENSION unaccent;
CREATE EXTENSION dict_int;
CREATE TEXT SEARCH DICTIONARY "fr Unaccent" (TEMPLATE = unaccent, RULES = 'unaccent');
CREATE TEXT SEARCH DICTIONARY short_ints (TEMPLATE = intdict_template, MAXLEN = 4, REJECTLONG = true);
CREATE TEXT SEARCH CONFIGURATION "Search FR" (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION "Search FR" ALTER MAPPING FOR hword, hword_part, word WITH "fr Unaccent", simple;
ALTER TEXT SEARCH CONFIGURATION "Search FR" ALTER MAPPING FOR int, uint WITH short_ints;
CREATE TABLE articles (id int PRIMARY KEY, title text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('"Search FR"'::regconfig, title)) STORED);
CREATE INDEX articles_search ON articles USING gin (search);
