INSERT INTO org VALUES (1, 'a'), (2, NULL);
