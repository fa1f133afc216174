INSERT INTO orders VALUES (1, 1, 50, 'new'), (2, 2, 150, 'closed'), (3, 1, 300, 'paid');
