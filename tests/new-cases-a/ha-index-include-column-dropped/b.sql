CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, status text);
CREATE INDEX orders_customer ON orders (customer_id) INCLUDE (status);
