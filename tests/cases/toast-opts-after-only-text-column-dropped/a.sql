CREATE TABLE jobs (id int PRIMARY KEY, attempts int, last_error text) WITH (toast.autovacuum_enabled = false);
