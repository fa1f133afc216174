CREATE SCHEMA shop;
CREATE TABLE shop.customer (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE shop.orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES shop.customer, placed date NOT NULL);
CREATE TABLE shop.order_line (order_id int REFERENCES shop.orders ON DELETE CASCADE, n int, sku text, qty int NOT NULL,
  PRIMARY KEY (order_id, n));
CREATE TABLE "Audit Log" ("When" timestamptz NOT NULL, what text);
