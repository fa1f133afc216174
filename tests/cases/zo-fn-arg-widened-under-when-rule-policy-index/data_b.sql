INSERT INTO account VALUES (1, 1, 10), (2, 4, 99);
