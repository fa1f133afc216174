CREATE TYPE person AS (name text, age bigint, email text);
CREATE TABLE people OF person (name WITH OPTIONS NOT NULL, age WITH OPTIONS DEFAULT 1, email WITH OPTIONS DEFAULT 'none');
CREATE VIEW adults AS SELECT name FROM people WHERE age >= 18;
CREATE TABLE staff OF person (PRIMARY KEY (name));
COMMENT ON COLUMN staff.email IS 'work address';
