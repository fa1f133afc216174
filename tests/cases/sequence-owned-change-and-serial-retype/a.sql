CREATE TABLE t (id serial, other int);
