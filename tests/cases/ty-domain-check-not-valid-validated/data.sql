INSERT INTO survey VALUES (1, 50), (2, 0), (3, NULL);
