INSERT INTO accounts VALUES (1, 'ann_1'), (2, 'bob');
