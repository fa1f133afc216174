CREATE TABLE t (id int, n bigint);
CREATE MATERIALIZED VIEW mv AS SELECT id, n FROM t;
CREATE INDEX mv_id ON mv (id);
