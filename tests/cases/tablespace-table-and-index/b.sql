-- Moved: the table and its indexes, each where it says; the key stays in the default.
CREATE TABLE t (id int PRIMARY KEY, v int, note text) TABLESPACE schemad_ts1;
CREATE INDEX t_v ON t (v) TABLESPACE schemad_ts1 WHERE v > 0;
CREATE INDEX t_note ON t (note) TABLESPACE schemad_ts2;
-- Created: TABLESPACE after WITH (...) and before WHERE.
CREATE TABLE fresh (id int, v int) WITH (fillfactor = 80) TABLESPACE schemad_ts2;
CREATE INDEX fresh_v ON fresh (v) WITH (fillfactor = 70) TABLESPACE schemad_ts1 WHERE v IS NOT NULL;
