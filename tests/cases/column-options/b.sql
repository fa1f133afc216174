CREATE TABLE t (id int PRIMARY KEY, s text);
ALTER TABLE t ALTER COLUMN s SET (n_distinct = 100);
