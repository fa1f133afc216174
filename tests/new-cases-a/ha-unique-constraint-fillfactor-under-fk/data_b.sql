INSERT INTO accounts VALUES (1, 'A1'), (2, 'B2');
INSERT INTO payments VALUES (10, 'A1'), (11, NULL);
