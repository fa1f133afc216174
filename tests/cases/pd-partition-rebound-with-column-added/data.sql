INSERT INTO stores VALUES (1, 'de', 'x'), (2, 'uk', 'y'), (3, 'us', NULL);
