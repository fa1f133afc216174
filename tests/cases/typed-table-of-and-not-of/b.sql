CREATE TYPE point2 AS (x int, y int);
CREATE TABLE plain_points OF point2;
CREATE TABLE typed_points (x int, y int, z int);
