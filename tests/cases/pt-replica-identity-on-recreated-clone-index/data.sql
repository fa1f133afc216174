INSERT INTO ev VALUES (1, 1, 'a'), (2, 2, 'b');
