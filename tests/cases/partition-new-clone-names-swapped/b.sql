CREATE TABLE t (a int, b int) PARTITION BY LIST (a);
-- The partition existed before the parent's indexes, made in the other order than on a: the
-- clone of t_i2 is t_p1_a_idx and t_i1's t_p1_a_idx1, the names a new partition's clones
-- get the other way round on a.
CREATE TABLE t_p1 PARTITION OF t FOR VALUES IN (1);
CREATE INDEX t_i2 ON t (a) WHERE b > 0;
CREATE INDEX t_i1 ON t (a);
