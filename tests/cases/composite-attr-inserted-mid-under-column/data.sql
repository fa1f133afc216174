INSERT INTO invoice VALUES (2, NULL, NULL), (3, NULL, '{}');
