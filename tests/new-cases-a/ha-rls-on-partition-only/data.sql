INSERT INTO docs VALUES (1, 1, 'a'), (2, 1, 'b');
