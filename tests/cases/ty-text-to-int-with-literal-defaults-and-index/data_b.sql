INSERT INTO profile VALUES (1, '42', '7', '10115'), (2, NULL, NULL, '99999'), (3, '-1', '0', '12345');
