INSERT INTO reading VALUES (1, 3, 'x'), (2, 30, 'y');
