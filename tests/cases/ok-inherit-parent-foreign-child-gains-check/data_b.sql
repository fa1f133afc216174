INSERT INTO reading VALUES (1, 2.5, NULL); INSERT INTO reading_local VALUES (2, 0, NULL);
