CREATE TABLE t (id int, a int DEFAULT 1, s text DEFAULT 'p') PARTITION BY RANGE (id);
CREATE TABLE t_p1 PARTITION OF t FOR VALUES FROM (0) TO (10);
-- A new partition with defaults of its own (a: 5, not the parent's 1; s: 'c', not 'p'),
-- which a row inserted into the partition directly gets.
CREATE TABLE t_p2 PARTITION OF t (a DEFAULT 5, s DEFAULT 'c') FOR VALUES FROM (10) TO (20);
