CREATE TYPE point3 AS (x int, y int, z int);
CREATE TABLE points OF point3;
