CREATE TABLE t (e text);
