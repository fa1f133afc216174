INSERT INTO score VALUES (1, 10), (2, 3);
