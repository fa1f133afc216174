CREATE TABLE t (a int, b int) PARTITION BY LIST (a);
-- The partition's own index took the name t_p1_a_idx before the parent's index was made, so
-- the clone PostgreSQL made on t_p1 is t_p1_a_idx1.
CREATE TABLE t_p1 PARTITION OF t FOR VALUES IN (1);
CREATE INDEX t_p1_a_idx ON t_p1 (b);
CREATE INDEX t_a_idx ON t (a);
