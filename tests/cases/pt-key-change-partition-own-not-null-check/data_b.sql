INSERT INTO t VALUES (1, 1, 'x'), (2, 5, 'y'), (7, NULL, NULL), (3, 1, 'z');
