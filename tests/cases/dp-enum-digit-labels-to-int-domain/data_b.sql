INSERT INTO review VALUES (1, '5', 'great'), (2, '1', 'bad'), (3, '3', NULL);
