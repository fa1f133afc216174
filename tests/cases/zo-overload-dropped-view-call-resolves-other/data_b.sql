INSERT INTO doc VALUES (1, 'a'), (2, 'b');
