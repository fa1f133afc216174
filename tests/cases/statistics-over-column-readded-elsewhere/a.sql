CREATE TABLE t (id int, a int GENERATED ALWAYS AS (id * 2) STORED, b text, c int);
CREATE STATISTICS t_st (dependencies) ON a, b FROM t;
CREATE STATISTICS t_ex ON c, a, (b || 'x') FROM t;
