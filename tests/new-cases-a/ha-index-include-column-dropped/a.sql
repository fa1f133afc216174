CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, status text, legacy_total numeric);
CREATE INDEX orders_customer ON orders (customer_id) INCLUDE (status, legacy_total);
