CREATE TABLE t (a int);
CREATE INDEX t_expr ON t ((a + 1));
