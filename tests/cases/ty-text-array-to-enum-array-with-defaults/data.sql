INSERT INTO grant_row VALUES (1, '{read,write}', 'write'), (2, '{}', NULL), (3, '{admin}', 'admin');
