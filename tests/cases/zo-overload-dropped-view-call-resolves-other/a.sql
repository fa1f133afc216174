CREATE TABLE doc (id int PRIMARY KEY, body text NOT NULL);
CREATE FUNCTION describe(x int) RETURNS text LANGUAGE sql IMMUTABLE RETURN 'int:' || x;
CREATE FUNCTION describe(x text) RETURNS text LANGUAGE sql IMMUTABLE RETURN 'text:' || x;
CREATE VIEW doc_desc AS SELECT describe(id) AS d1, describe(body) AS d2 FROM doc;
CREATE INDEX doc_describe ON doc (describe(id));
