CREATE TABLE t (tags bigint[]);
