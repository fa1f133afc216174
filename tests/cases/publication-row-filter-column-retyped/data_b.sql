INSERT INTO orders VALUES (1, 'draft', 10), (2, 'paid', 20);
