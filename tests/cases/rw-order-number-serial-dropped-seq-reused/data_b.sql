INSERT INTO orders (id, customer_email) VALUES ('00000000-0000-0000-0000-000000000001', 'a@x');
INSERT INTO order_lines (order_id, line, sku) VALUES ('00000000-0000-0000-0000-000000000001', 1, 'A');
