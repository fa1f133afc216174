CREATE TABLE t (s varchar(10));
CREATE INDEX t_s_idx ON t (s) WHERE s IN ('a', 'b');
