CREATE TABLE t (id int PRIMARY KEY, n int, s text);
CREATE VIEW v WITH (security_invoker = true) AS SELECT id FROM t;
