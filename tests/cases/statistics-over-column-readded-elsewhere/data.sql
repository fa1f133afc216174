INSERT INTO t (id, b, c) VALUES (1, 'x', 2), (2, 'y', 3);
