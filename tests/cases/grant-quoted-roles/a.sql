CREATE TABLE t (id int, secret text);
