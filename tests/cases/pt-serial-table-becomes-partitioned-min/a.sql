CREATE TABLE t (id serial, k int NOT NULL);
