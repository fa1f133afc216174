INSERT INTO task (id, title) VALUES (1, 'write'), (2, 'test');
