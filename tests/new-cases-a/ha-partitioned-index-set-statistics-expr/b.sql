CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, email text) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX orders_lower_email ON orders (lower(email));
ALTER INDEX orders_lower_email ALTER COLUMN 1 SET STATISTICS 500;
