INSERT INTO orders VALUES (1, 7, 'open'), (2, 8, 'paid');
