INSERT INTO legacy_orders (customer, total) VALUES ('ann', 10.50), ('bob', 3.00);
INSERT INTO orders (customer_id, total_cents) VALUES (1, 500), (2, 700);
