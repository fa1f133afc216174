CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
CREATE UNIQUE INDEX t_e ON t (email) NULLS NOT DISTINCT;
