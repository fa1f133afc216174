CREATE TABLE t (w int, v int);
