CREATE TYPE pt AS (x int, y int);
CREATE TYPE fr AS RANGE (SUBTYPE = float8);
CREATE TABLE shape (id int PRIMARY KEY, p pt, ps pt[], r fr NOT NULL);
CREATE INDEX shape_r ON shape USING gist (r);
