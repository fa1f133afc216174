INSERT INTO doc VALUES (1, 'hello world', 'n1'), (2, NULL, NULL), (3, repeat('x', 150), 'short');
