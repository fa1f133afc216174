CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n > 0));
