CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
CREATE INDEX t_n ON t (n);
ALTER TABLE t CLUSTER ON t_n;
