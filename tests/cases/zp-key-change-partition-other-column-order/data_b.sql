INSERT INTO item VALUES (1, 'eu', 'a', 1), (2, 'US', 'b', 2), (3, 'us', 'c', 3);
