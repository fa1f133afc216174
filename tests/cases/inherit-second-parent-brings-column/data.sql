INSERT INTO ch (id, own) VALUES (1, 10), (2, 20);
