INSERT INTO codes VALUES (1, '100'), (2, '200');
