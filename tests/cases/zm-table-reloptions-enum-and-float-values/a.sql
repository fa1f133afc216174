CREATE SCHEMA "Hot";
CREATE TABLE "Hot"."Order Items" (id int PRIMARY KEY, body text) WITH (vacuum_index_cleanup = on, autovacuum_analyze_scale_factor = 0.05);
CREATE TABLE "Hot".queue (id bigint PRIMARY KEY, payload jsonb) WITH (autovacuum_freeze_max_age = 100000000, autovacuum_multixact_freeze_table_age = 150000000);
