INSERT INTO customers VALUES (1, 'a@x.test'), (2, 'b@x.test');
INSERT INTO orders (customer_id, amount_cents, tax_cents, ordered_on, note) VALUES (1, 1999, 380, '2024-04-01', NULL), (1, 25000, 4750, '2024-04-02', 'bulk'), (2, 500, 0, '2024-04-03', 'gift');
INSERT INTO order_lines VALUES (1, 1, 'SKU-1', 1), (2, 1, 'SKU-2', 10), (2, 2, 'SKU-3', 5), (3, 1, 'SKU-1', 1);
