CREATE TABLE audit_sku (sku text PRIMARY KEY);
CREATE TABLE warehouse (id int PRIMARY KEY, name text);
CREATE TABLE stock (warehouse_id int NOT NULL, sku text NOT NULL, qty int NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_id, sku)) PARTITION BY LIST (warehouse_id);
CREATE TABLE stock_1 PARTITION OF stock FOR VALUES IN (1);
CREATE TABLE stock_2 PARTITION OF stock FOR VALUES IN (2);
CREATE TABLE pick (id int PRIMARY KEY, warehouse_id int NOT NULL, sku text NOT NULL);
