INSERT INTO tenant VALUES (1);
INSERT INTO folder VALUES (1, 0), (1, 5);
INSERT INTO doc VALUES (1, 1, 5), (1, 2, 0), (1, 3, NULL);
