INSERT INTO doc VALUES (1, 'draft', 'n', 1), (2, 'published', NULL, 4);
