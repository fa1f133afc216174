INSERT INTO ev VALUES (1, 'web', 'a'), (2, 'app', 'b');
