CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
