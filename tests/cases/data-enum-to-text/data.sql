INSERT INTO paint VALUES (1, 'red', '{green,blue}'), (2, 'blue', NULL), (3, 'green', '{}');
