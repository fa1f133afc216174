INSERT INTO sample VALUES (1, 2), (1, 3), (2, 1);
