CREATE TABLE t (id int, k int);
