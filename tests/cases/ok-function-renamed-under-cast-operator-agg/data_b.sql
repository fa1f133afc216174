INSERT INTO spot VALUES (1, (1, 2)), (2, (5, 1));
