INSERT INTO widget VALUES (1, 'green', NULL), (2, 'red', NULL), (3, 'blue', '{}');
