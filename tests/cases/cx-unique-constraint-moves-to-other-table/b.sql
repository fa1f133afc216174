CREATE TABLE t1 (x int, y int);
CREATE INDEX shared_idx ON t1 (y);
CREATE TABLE t2 (x int, y int, CONSTRAINT shared_key UNIQUE (x));
