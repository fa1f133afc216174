CREATE TABLE t (id int, doc text) WITH (toast.autovacuum_enabled = false, fillfactor = 90);
