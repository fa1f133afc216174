CREATE TABLE p (a int);
CREATE TABLE c (x int, a int);
ALTER TABLE c INHERIT p;
