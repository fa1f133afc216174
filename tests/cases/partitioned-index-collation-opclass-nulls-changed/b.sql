CREATE TABLE product (sku text NOT NULL, name text NOT NULL, brand text, rank int, shop int NOT NULL)
  PARTITION BY LIST (shop);
CREATE TABLE product_1 PARTITION OF product FOR VALUES IN (1);
CREATE TABLE product_2 PARTITION OF product FOR VALUES IN (2);
CREATE INDEX product_name ON product (name COLLATE "C" text_pattern_ops);
CREATE INDEX product_rank ON product (rank DESC NULLS LAST) INCLUDE (brand) WHERE rank IS NOT NULL;
CREATE UNIQUE INDEX product_sku ON product (shop, sku) NULLS NOT DISTINCT;
CREATE INDEX product_brand_lower ON product (lower(brand) varchar_pattern_ops);
