CREATE TABLE t (a int, b int);
CREATE STATISTICS t_ab (dependencies, ndistinct) ON a, b FROM t;
