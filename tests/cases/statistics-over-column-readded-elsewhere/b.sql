-- a is dropped and re-added here (a new generation expression): it comes after b and c in
-- attnum order, the order pg_get_statisticsobjdef lists a statistics object's columns in.
CREATE TABLE t (id int, a int GENERATED ALWAYS AS (id * 2) STORED, b text, c int);
ALTER TABLE t DROP COLUMN a;
ALTER TABLE t ADD COLUMN a int GENERATED ALWAYS AS (id * 3) STORED;
CREATE STATISTICS t_st (dependencies) ON a, b FROM t;
CREATE STATISTICS t_ex ON c, a, (b || 'x') FROM t;
