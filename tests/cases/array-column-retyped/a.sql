CREATE TABLE t (tags int[]);
