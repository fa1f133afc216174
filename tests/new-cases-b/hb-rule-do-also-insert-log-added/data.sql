INSERT INTO products VALUES (1, 9.99), (2, 5);
