INSERT INTO item VALUES (1, 'a', '{a,b}'), (2, 'b', NULL), (3, 'none', '{}');
