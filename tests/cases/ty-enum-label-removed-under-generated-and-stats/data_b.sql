INSERT INTO task (id, st) VALUES (1, 'open'), (2, 'done');
