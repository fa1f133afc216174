INSERT INTO sale VALUES (1, 'n', 10), (2, 's', 20), (3, 's', 30);
