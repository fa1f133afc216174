CREATE TABLE price (sku text NOT NULL, valid_from date NOT NULL, cents int NOT NULL,
  CONSTRAINT price_cents_positive CHECK (cents > 0)) PARTITION BY RANGE (valid_from);
CREATE TABLE price_old PARTITION OF price FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE TABLE price_new PARTITION OF price FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);
ALTER TABLE price_old ADD CONSTRAINT price_old_sku_len CHECK (length(sku) <= 8);
