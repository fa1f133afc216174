INSERT INTO vehicle VALUES (1, 2), (2, 3);
INSERT INTO car VALUES (10, 4, 5), (11, 4, 2);
