INSERT INTO doc VALUES (1, 'One', 'x'), (2, 'two', NULL);
