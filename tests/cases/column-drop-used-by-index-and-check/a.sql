CREATE TABLE t (id int, a int CHECK (a > 0), b int);
CREATE INDEX t_ab ON t (a, b);
