CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE ord (id bigint NOT NULL, customer_id int, placed date NOT NULL, status text) PARTITION BY RANGE (placed);
CREATE TABLE ord_2024 PARTITION OF ord FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ord_2025 (status text, junk int, placed date NOT NULL, customer_id int, id bigint NOT NULL);
ALTER TABLE ord_2025 DROP COLUMN junk;
ALTER TABLE ord ATTACH PARTITION ord_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION ord_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
