INSERT INTO item (id, n) VALUES (1, 3), (2, 10);
