INSERT INTO sale VALUES (1, 'n', 50), (2, 'n', 70), (3, 's', 5);
