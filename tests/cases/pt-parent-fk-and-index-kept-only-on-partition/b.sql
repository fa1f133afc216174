CREATE TABLE cust (id int PRIMARY KEY);
CREATE TABLE ord (id int NOT NULL, cust_id int, day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE ord_2024 PARTITION OF ord FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ord_2025 PARTITION OF ord FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ord_rest PARTITION OF ord DEFAULT;
-- the archive partitions stopped enforcing the link; only the current year keeps it, locally,
-- under the names the clones had
ALTER TABLE ord_2025 ADD CONSTRAINT ord_cust_fk FOREIGN KEY (cust_id) REFERENCES cust ON DELETE SET NULL;
CREATE INDEX ord_2025_cust_id_idx ON ord_2025 (cust_id);
CREATE INDEX ord_rest_cust ON ord_rest (cust_id);
