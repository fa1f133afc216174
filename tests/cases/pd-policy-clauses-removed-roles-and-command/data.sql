INSERT INTO docs VALUES (1, 'alice', false, 'x'), (2, 'bob', true, 'y');
