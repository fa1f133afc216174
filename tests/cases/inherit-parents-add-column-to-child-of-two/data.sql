INSERT INTO ch (a, b, own) VALUES (1, 2, 3);
