CREATE TABLE t (lo int, hi int, label text);
