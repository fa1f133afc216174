CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
CREATE INDEX t_email_pattern ON t (email text_pattern_ops);
