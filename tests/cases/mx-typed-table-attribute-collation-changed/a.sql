-- A typed table's column collation comes from its composite type: the attribute moves from "C" to a custom libc collation
-- made FROM "POSIX" (ALTER TYPE ... ALTER ATTRIBUTE ... CASCADE), under an index, a primary key and a view.
CREATE COLLATION posix_copy FROM "POSIX";
CREATE TYPE person_t AS (name text COLLATE "C", nick varchar(20), born date);
CREATE TABLE person OF person_t (PRIMARY KEY (name), nick WITH OPTIONS DEFAULT 'n/a');
CREATE INDEX person_nick ON person (nick);
CREATE VIEW person_names AS SELECT name FROM person ORDER BY name;
