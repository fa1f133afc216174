INSERT INTO reading VALUES (1, '42', 'a'), (2, 'abc', 'b');
