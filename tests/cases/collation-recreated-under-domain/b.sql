-- A collation whose locale changes while a domain uses it (no ALTER DOMAIN sets a collation),
-- with a column of the domain holding rows, an index on it and a function taking it.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE DOMAIN ctext AS text COLLATE ci CHECK (VALUE <> '');
CREATE TABLE p (id int PRIMARY KEY, name ctext NOT NULL DEFAULT 'n');
CREATE INDEX p_name ON p (name);
CREATE FUNCTION shout(x ctext) RETURNS text LANGUAGE sql IMMUTABLE RETURN upper(x);
