INSERT INTO band VALUES (1, '[1.5,2.5)', '{[1,2),[3.5,4)}'), (2, NULL, '{}'), (3, 'empty', NULL);
