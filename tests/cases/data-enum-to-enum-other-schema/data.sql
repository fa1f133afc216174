INSERT INTO job VALUES (1, 'new', '{}'), (2, 'done', '{new,done}'), (3, 'new', '{new}');
