CREATE TYPE pa AS (x int, y int);
CREATE TYPE pb AS (x int, y int);
CREATE TABLE t (a pa, b pb);
