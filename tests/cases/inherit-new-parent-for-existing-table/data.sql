INSERT INTO c (a, z) VALUES (1, 2);
