INSERT INTO places VALUES (1, 'home', '(1,2)'), (2, 'work', '(3,4)');
