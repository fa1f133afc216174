INSERT INTO slots VALUES (1, 5), (2, 3);
