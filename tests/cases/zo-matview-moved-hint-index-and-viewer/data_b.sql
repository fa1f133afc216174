INSERT INTO orders VALUES (1, 1, 10), (2, 1, 5), (3, 2, 7);
