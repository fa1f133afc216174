INSERT INTO job VALUES (1, 'new', '{new,done}'), (2, 'done', '{}');
