-- A foreign table inherits from a local table (old rows kept remotely); the parent gains a
-- column and a check, which the foreign child takes too; the child's own options change.
CREATE FOREIGN DATA WRAPPER archive_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_fdw;
CREATE TABLE log_entry (id bigint NOT NULL, at timestamptz NOT NULL, msg text, level smallint DEFAULT 0,
  CONSTRAINT log_entry_level CHECK (level BETWEEN 0 AND 7));
CREATE FOREIGN TABLE log_entry_old () INHERITS (log_entry) SERVER archive OPTIONS (table_name 'log_2020_v2');
ALTER FOREIGN TABLE log_entry_old ALTER COLUMN msg OPTIONS (ADD column_name 'message');
CREATE VIEW recent_log AS SELECT id, msg FROM log_entry WHERE at > '2025-01-01';
