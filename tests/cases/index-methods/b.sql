CREATE TABLE t (id int PRIMARY KEY, email text, n int, ts timestamptz, doc jsonb);
CREATE INDEX t_doc ON t USING gin (doc);
CREATE INDEX t_ts ON t USING brin (ts);
CREATE INDEX t_email_hash ON t USING hash (email);
CREATE INDEX t_doc_path ON t USING gin (doc jsonb_path_ops);
