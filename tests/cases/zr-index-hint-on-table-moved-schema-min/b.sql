CREATE SCHEMA sales;
CREATE TABLE sales.orders (id int PRIMARY KEY, customer_id int NOT NULL);
CREATE INDEX orders_buyer_idx ON sales.orders (customer_id);
