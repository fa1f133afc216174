CREATE TABLE t (id int PRIMARY KEY, a bigint, b bigint GENERATED ALWAYS AS (a * 2) STORED);
