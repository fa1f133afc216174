INSERT INTO msg VALUES (1, 'email', 'a'), (2, 'sms', 'b'), (3, 'push', 'c');
