INSERT INTO staff VALUES (1, NULL, 'ops'), (2, NULL, NULL);
