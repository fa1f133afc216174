INSERT INTO employee VALUES (1, 'ceo', NULL), (2, 'cto', 1), (3, 'dev', 2);
