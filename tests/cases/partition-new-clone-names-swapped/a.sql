CREATE TABLE t (a int, b int) PARTITION BY LIST (a);
CREATE INDEX t_i1 ON t (a);
CREATE INDEX t_i2 ON t (a) WHERE b > 0;
