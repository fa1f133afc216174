CREATE TABLE price (sku text NOT NULL, valid_from date NOT NULL, cents int NOT NULL,
  CONSTRAINT price_cents_positive CHECK (cents >= 0),
  CONSTRAINT price_sku_format CHECK (sku ~ '^[A-Z0-9-]+$')) PARTITION BY RANGE (valid_from);
CREATE TABLE price_old PARTITION OF price FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE TABLE price_new PARTITION OF price FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
ALTER TABLE price_old ADD CONSTRAINT price_old_sku_len CHECK (length(sku) <= 12);
ALTER TABLE price_new ALTER COLUMN cents SET STATISTICS 500;
