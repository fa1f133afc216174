INSERT INTO task VALUES (1, 'new', 'a'), (2, 'running', 'b'), (3, 'done', 'c');
