INSERT INTO orders VALUES (1, '2024-02-02', 100), (2, '2024-09-09', 200);
INSERT INTO order_items VALUES (1, '2024-02-02', 'A'), (2, '2024-09-09', 'B'), (2, '2024-09-09', 'C');
