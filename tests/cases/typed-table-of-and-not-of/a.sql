CREATE TYPE point2 AS (x int, y int);
CREATE TABLE plain_points (x int, y int);
CREATE TABLE typed_points OF point2;
