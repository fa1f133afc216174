INSERT INTO m VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 15, 'c');
