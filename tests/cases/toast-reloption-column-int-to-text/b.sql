CREATE TABLE codes (id int PRIMARY KEY, code text) WITH (toast.autovacuum_enabled = false);
