INSERT INTO categories VALUES (1, NULL, 'root'), (2, 1, 'child'), (3, 2, 'leaf');
