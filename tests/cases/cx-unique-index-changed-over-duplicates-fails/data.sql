INSERT INTO login VALUES (1, 1, 'ann'), (2, 2, 'Ann'), (3, 1, 'bob');
