INSERT INTO sales VALUES (1, 2), (2, 3);
