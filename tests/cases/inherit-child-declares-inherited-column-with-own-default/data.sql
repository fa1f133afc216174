INSERT INTO c (id, s) VALUES (1, 'x'), (2, DEFAULT);
