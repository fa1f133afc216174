INSERT INTO ch (id, own, c) VALUES (1, 10, 'a'), (2, 20, NULL);
