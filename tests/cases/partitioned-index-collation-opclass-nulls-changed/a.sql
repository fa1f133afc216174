CREATE TABLE product (sku text NOT NULL, name text NOT NULL, brand text, rank int, shop int NOT NULL)
  PARTITION BY LIST (shop);
CREATE TABLE product_1 PARTITION OF product FOR VALUES IN (1);
CREATE TABLE product_2 PARTITION OF product FOR VALUES IN (2);
CREATE INDEX product_name ON product (name);
CREATE INDEX product_rank ON product (rank);
CREATE UNIQUE INDEX product_sku ON product (shop, sku);
