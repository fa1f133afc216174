CREATE TABLE t (id int, b int);
