CREATE SCHEMA "Hot";
CREATE TABLE "Hot"."Order Items" (id int PRIMARY KEY, body text) WITH (vacuum_index_cleanup = auto, autovacuum_analyze_scale_factor = 0.002, toast.vacuum_index_cleanup = off, autovacuum_vacuum_cost_delay = 2.5);
CREATE TABLE "Hot".queue (id bigint PRIMARY KEY, payload jsonb) WITH (autovacuum_freeze_min_age = 0, autovacuum_freeze_table_age = 0, autovacuum_multixact_freeze_table_age = 150000000, toast.autovacuum_freeze_max_age = 200000000, autovacuum_vacuum_insert_scale_factor = 0.0);
