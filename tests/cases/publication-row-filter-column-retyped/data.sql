INSERT INTO orders VALUES (1, 'draft', 'n', 10), (2, 'paid', NULL, 20);
