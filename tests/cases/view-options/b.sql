CREATE TABLE t (id int PRIMARY KEY, n int, s text);
CREATE VIEW v WITH (security_barrier = true) AS SELECT id, n FROM t WHERE n > 0 WITH CASCADED CHECK OPTION;
