INSERT INTO ch (id, c, d, own) VALUES (1, 'a', 5, 10);
