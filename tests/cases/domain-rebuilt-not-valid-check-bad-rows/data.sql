INSERT INTO products VALUES (1, 'AB-1'), (2, 'lower');
