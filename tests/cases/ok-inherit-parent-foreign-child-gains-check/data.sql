INSERT INTO reading VALUES (1, 2.5); INSERT INTO reading_local VALUES (2, 0);
