INSERT INTO notes VALUES (1, 'postgres', 'hello');
