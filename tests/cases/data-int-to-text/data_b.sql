INSERT INTO code VALUES (1, '10115', '30'), (2, NULL, '-1');
