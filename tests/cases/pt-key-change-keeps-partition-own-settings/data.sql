INSERT INTO m VALUES (1, 'eu', 1, 1), (2, 'EU', 2, 2), (3, 'us', 3, 3);
