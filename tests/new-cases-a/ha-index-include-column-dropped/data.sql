INSERT INTO orders VALUES (1, 7, 'open', 10.5), (2, 8, 'paid', 20);
