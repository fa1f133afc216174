INSERT INTO teams VALUES (1, 0), (1, 1), (1, 5);
INSERT INTO members VALUES (1, 1, 5), (1, 2, 0);
