INSERT INTO p1 VALUES (1, 'p1');
INSERT INTO p2 VALUES ('p2', 2);
INSERT INTO ch (m, c) VALUES ('ch', 30);
INSERT INTO gc (m, c, g) VALUES ('gc', 40, 400);
