-- A collation whose locale changes while a column (with an index and a view) uses it: renamed aside, the new one created, the column moved to it, the old one dropped.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE TABLE p (id int PRIMARY KEY, name text COLLATE ci);
CREATE INDEX p_name ON p (name);
CREATE VIEW p_v AS SELECT name FROM p;
