CREATE TABLE t (id int PRIMARY KEY, n int);
-- Moved, with its index.
CREATE MATERIALIZED VIEW mv TABLESPACE schemad_ts1 AS SELECT id, n FROM t;
CREATE INDEX mv_n ON mv (n) TABLESPACE schemad_ts1;
-- Created: TABLESPACE after WITH (...) and before AS.
CREATE MATERIALIZED VIEW new_mv WITH (fillfactor = 50) TABLESPACE schemad_ts2 AS SELECT id FROM t;
