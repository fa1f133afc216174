INSERT INTO orders VALUES (1, '2024-01-01', 'paid');
