INSERT INTO slot VALUES (1, '[1,5)'), (2, '[5,10)'), (3, 'empty');
