INSERT INTO stock VALUES (1, 3), (2, 10);
