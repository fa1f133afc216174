INSERT INTO sale VALUES (1, 'n', 10, 'x'), (2, 's', 20, NULL);
