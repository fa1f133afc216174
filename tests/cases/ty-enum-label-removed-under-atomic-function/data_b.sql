INSERT INTO task VALUES (1, 'open'), (2, 'done');
