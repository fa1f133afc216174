CREATE TABLE t (s varchar(10) CONSTRAINT t_s_check CHECK (s IN ('a', 'b')));
