INSERT INTO m VALUES (10, 'a'), (70, 'b');
