INSERT INTO score VALUES (1, 0), (2, 50), (3, 100);
