CREATE TABLE t (qty int);
