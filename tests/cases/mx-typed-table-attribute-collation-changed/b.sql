CREATE COLLATION posix_copy FROM "POSIX";
CREATE TYPE person_t AS (name text COLLATE posix_copy, nick varchar(20) COLLATE "C", born date);
CREATE TABLE person OF person_t (PRIMARY KEY (name), nick WITH OPTIONS DEFAULT 'n/a');
CREATE INDEX person_nick ON person (nick);
CREATE VIEW person_names AS SELECT name FROM person ORDER BY name;
