CREATE TYPE person AS (name text, age int);
CREATE TABLE people OF person (name WITH OPTIONS NOT NULL, age WITH OPTIONS DEFAULT 0);
CREATE VIEW adults AS SELECT name FROM people WHERE age >= 18;
