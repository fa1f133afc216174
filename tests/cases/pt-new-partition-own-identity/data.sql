INSERT INTO ev VALUES (7, 1, 'a'), (8, 1, 'b');
