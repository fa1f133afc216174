INSERT INTO customers VALUES (1, 'a@x'), (2, 'b@x');
INSERT INTO orders (customer_id, created_on, state, total_cents) VALUES (1, '2023-05-01', 'paid', 100), (1, '2024-02-01', 'open', 250), (2, '2026-01-01', 'void', 0);
INSERT INTO order_notes (order_id, order_created_on, note) VALUES (1, '2023-05-01', 'gift'), (2, '2024-02-01', 'rush');
