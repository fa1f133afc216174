INSERT INTO p VALUES (1, 'p');
INSERT INTO ch (x, y, z) VALUES (2, 'ch', 20);
INSERT INTO gc (x, y, z, o, g) VALUES (3, 'gc', 30, 300, 'g');
INSERT INTO ggc (x, y, z, o, g) VALUES (4, 'ggc', 40, 400, 'gg');
INSERT INTO other VALUES (5);
