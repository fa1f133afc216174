CREATE TABLE t (id int, n int CHECK (n >= 0));
CREATE VIEW v AS SELECT n FROM t WHERE n > 5;
CREATE INDEX t_n ON t (n);
