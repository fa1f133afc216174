INSERT INTO stock VALUES (1, 5, '{1,2}'), (2, -1, '{-3}'), (3, NULL, NULL);
