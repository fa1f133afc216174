INSERT INTO files VALUES (1, '/tmp/a', 10), (2, '/home/b', 20);
