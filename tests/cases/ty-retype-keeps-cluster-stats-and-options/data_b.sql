INSERT INTO measure VALUES (1, 7, 10), (2, 7, NULL), (3, 8, -2);
