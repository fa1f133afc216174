INSERT INTO images VALUES (1, 'a', 424242), (2, 'b', NULL);
