INSERT INTO reading VALUES ('s1', 1, 10, 'a'), ('s1', 2, 70, 'b'), ('s2', 1, 5, NULL);
