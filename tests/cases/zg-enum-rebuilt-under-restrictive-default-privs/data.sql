INSERT INTO task VALUES (1, 'low'), (2, 'high');
