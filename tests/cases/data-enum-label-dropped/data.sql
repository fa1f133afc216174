INSERT INTO task VALUES (1, 'new', '{new}'), (2, 'done', '{new,done}'), (3, 'done', NULL);
