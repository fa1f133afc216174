INSERT INTO msg VALUES (1, 'mail', 'a'), (2, 'push', 'b');
