INSERT INTO products VALUES (1, 'AB-1', 'Widget'), (2, 'AB-2', 'Gadget');
