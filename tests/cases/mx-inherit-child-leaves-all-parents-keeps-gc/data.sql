INSERT INTO p1 VALUES (1, 'p1');
INSERT INTO p2 VALUES ('p2', 2);
INSERT INTO ch (a, m, b, c) VALUES (3, 'ch', 3, 30);
INSERT INTO gc (a, m, b, c, g) VALUES (4, 'gc', 4, 40, 400);
