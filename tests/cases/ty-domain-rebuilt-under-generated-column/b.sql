CREATE DOMAIN score AS bigint;
CREATE TABLE game (id int PRIMARY KEY, s score, high boolean GENERATED ALWAYS AS (s::score > 100) STORED);
