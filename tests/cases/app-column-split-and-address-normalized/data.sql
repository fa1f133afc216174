INSERT INTO customers (id, name, address, created) VALUES (1, 'Ann Lee', '1 Main St', NULL), (2, 'Bob', NULL, NULL);
