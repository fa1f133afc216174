INSERT INTO customers VALUES (1, 'a@x');
INSERT INTO orders (customer_id, created_on, status, total_cents) VALUES (1, '2023-05-01', 'paid', 100), (1, '2024-02-01', 'open', 250);
INSERT INTO order_notes (order_id, order_created_on, note) VALUES (2, '2024-02-01', 'rush');
