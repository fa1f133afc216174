CREATE TABLE t1 (x int, y int, CONSTRAINT shared_key UNIQUE (x));
CREATE TABLE t2 (x int, y int);
CREATE INDEX shared_idx ON t2 (y);
