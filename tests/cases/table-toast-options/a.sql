CREATE TABLE t (id int, doc text);
