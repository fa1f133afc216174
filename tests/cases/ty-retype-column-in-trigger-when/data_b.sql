INSERT INTO reading VALUES (1, 12, 'kg'), (2, NULL, 'm'), (3, -7, NULL);
