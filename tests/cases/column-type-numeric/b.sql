CREATE TABLE t (id int PRIMARY KEY, amount numeric(12,4));
