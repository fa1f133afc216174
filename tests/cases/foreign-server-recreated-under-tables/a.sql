-- The server moves to another wrapper (ALTER SERVER cannot), so it is re-created with its
-- user mappings, its foreign tables (one a partition) and a view over one of them.
CREATE FOREIGN DATA WRAPPER legacy_fdw;
CREATE FOREIGN DATA WRAPPER modern_fdw OPTIONS (batch '100');
CREATE SERVER warehouse FOREIGN DATA WRAPPER legacy_fdw OPTIONS (host 'wh.internal', dbname 'wh');
CREATE USER MAPPING FOR app_reader SERVER warehouse OPTIONS (user 'reader');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse;
CREATE FOREIGN TABLE stock (sku text OPTIONS (column_name 'SKU') NOT NULL, qty int)
  SERVER warehouse OPTIONS (table_name 'stock_v1');
COMMENT ON FOREIGN TABLE stock IS 'stock levels from the warehouse';
GRANT SELECT ON stock TO app_reader;
CREATE VIEW low_stock AS SELECT sku FROM stock WHERE qty < 10;
CREATE TABLE movement (at date NOT NULL, sku text, qty int) PARTITION BY RANGE (at);
CREATE TABLE movement_2026 PARTITION OF movement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FOREIGN TABLE movement_2025 PARTITION OF movement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
  SERVER warehouse OPTIONS (table_name 'movement_2025');
