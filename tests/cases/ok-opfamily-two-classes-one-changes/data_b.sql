INSERT INTO score VALUES (1, 5, 50), (2, 7, 70);
