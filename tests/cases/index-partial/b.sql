CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
CREATE INDEX t_n_pos ON t (n) WHERE n > 0;
