INSERT INTO reading VALUES (1, 1, 5), (2, 1, -3);
