-- A composite retyped while a column holds an array of it (and one holds it): attributes added and dropped, converted element by element.
CREATE TYPE pt AS (x bigint, y int, z int);
CREATE TABLE shape (id int PRIMARY KEY, pts pt[], one pt);
