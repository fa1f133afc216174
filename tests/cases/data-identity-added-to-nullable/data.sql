INSERT INTO event VALUES (5, 'a'), (7, 'b'), (1000, 'c');
