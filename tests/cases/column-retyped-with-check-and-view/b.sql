CREATE TABLE t (id int, n numeric(10,2) CHECK (n >= 0));
CREATE VIEW v AS SELECT n FROM t WHERE n > 5;
CREATE INDEX t_n ON t (n);
