INSERT INTO part VALUES (1, 5, 'AB'), (2, 0, 'Z');
