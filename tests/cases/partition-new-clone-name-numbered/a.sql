CREATE TABLE t (a int, b int) PARTITION BY LIST (a);
CREATE INDEX t_a_idx ON t (a);
