INSERT INTO reading VALUES (1, '42', 'a'), (2, '-7', 'b'), (3, NULL, 'c'), (4, '0', 'd');
