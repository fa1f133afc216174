CREATE TYPE pa AS (x int, y int);
CREATE TYPE pb AS (x int, y int);
CREATE TABLE t (a pa, b pb);
CREATE CAST (pa AS pb) WITH INOUT;
ALTER TABLE t ADD CONSTRAINT t_same CHECK (a::pb = b);
