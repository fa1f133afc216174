INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'leaf'), (3, 1, 'leaf'), (4, 3, 'leaf');
