CREATE TABLE t (lo int, hi int, label text, CONSTRAINT range_ok CHECK (lo <= hi AND label ~ '^[a-z]+$' AND length(label) BETWEEN 1 AND 10));
