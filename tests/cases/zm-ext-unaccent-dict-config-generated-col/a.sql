CREATE TABLE articles (id int PRIMARY KEY, title text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title)) STORED);
CREATE INDEX articles_search ON articles USING gin (search);
