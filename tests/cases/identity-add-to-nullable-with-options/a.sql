CREATE TABLE t (id int, x bigint, s smallint);
