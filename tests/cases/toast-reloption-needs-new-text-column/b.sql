CREATE TABLE counters (id int PRIMARY KEY, n int, note text) WITH (toast.autovacuum_enabled = false, toast.vacuum_truncate = false);
