CREATE TABLE t (id int PRIMARY KEY, n int, s text);
CREATE VIEW v AS SELECT id, n FROM t WHERE n > 0;
