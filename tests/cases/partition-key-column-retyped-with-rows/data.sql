INSERT INTO reading VALUES (5, 1, 1.5), (1500, 2, 2.5), (999, 3, NULL);
