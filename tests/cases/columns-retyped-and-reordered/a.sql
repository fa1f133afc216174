CREATE TABLE t (v text, w int);
