CREATE TABLE t (id int);
CREATE VIEW v WITH (security_barrier = true, security_invoker = true) AS SELECT id FROM t WITH LOCAL CHECK OPTION;
