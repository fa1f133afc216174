INSERT INTO widget VALUES (1, 'lime', NULL), (2, 'red', NULL), (3, 'blue', '{}');
