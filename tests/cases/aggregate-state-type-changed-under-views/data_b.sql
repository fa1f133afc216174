INSERT INTO reading VALUES (1, 3), (1, 4), (2, 10);
