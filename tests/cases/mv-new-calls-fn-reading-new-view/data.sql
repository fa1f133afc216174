INSERT INTO products VALUES (1, 'eu', 10);
