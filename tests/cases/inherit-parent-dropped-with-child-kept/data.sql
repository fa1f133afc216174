INSERT INTO c (a, b) VALUES (1, 2);
