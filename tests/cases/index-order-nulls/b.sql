CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
CREATE INDEX t_ts_desc ON t (ts DESC NULLS LAST, n ASC NULLS FIRST);
