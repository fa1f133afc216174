INSERT INTO events VALUES (1, 'eu', 5, 'a'), (2, 'eu', 500, 'b'), (3, 'us', 7, 'c');
