INSERT INTO doc VALUES (1, 'postgres', false, 'hello'), (2, 'x', true, 'hidden');
