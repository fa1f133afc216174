INSERT INTO authors VALUES (1), (2);
INSERT INTO posts VALUES (1, 1), (2, 2), (3, NULL);
