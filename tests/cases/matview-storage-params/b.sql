CREATE TABLE t (id int PRIMARY KEY, n int, s text);
CREATE MATERIALIZED VIEW mv WITH (fillfactor = 60) AS SELECT n FROM t;
