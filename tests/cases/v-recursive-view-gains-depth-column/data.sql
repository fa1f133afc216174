INSERT INTO categories VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b');
