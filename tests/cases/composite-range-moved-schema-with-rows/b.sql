CREATE SCHEMA geo;
CREATE TYPE geo.pt AS (x int, y int);
CREATE TYPE geo.fr AS RANGE (SUBTYPE = float8);
CREATE TABLE shape (id int PRIMARY KEY, p geo.pt, ps geo.pt[], r geo.fr NOT NULL);
CREATE INDEX shape_r ON shape USING gist (r);
