INSERT INTO readings VALUES (1, 'a', 1.50), (2, 'a', 2.25), (3, 'b', 10.00);
