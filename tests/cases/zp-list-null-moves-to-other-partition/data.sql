INSERT INTO ticket VALUES (1, 'high', 'a'), (2, NULL, 'b'), (3, 'low', 'c'), (4, 'trivial', 'd'), (5, 'medium', 'e'), (6, NULL, 'f');
