CREATE TABLE t (n int);
