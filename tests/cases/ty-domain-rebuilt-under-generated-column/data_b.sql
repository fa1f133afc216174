INSERT INTO game (id, s) VALUES (1, 50), (2, 150), (3, NULL);
