INSERT INTO person VALUES (1, 'ann', 30), (2, 'bo', 9);
