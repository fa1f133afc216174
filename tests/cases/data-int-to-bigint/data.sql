INSERT INTO account VALUES (1, 'ann'), (2, 'bob'), (2147483647, 'max');
INSERT INTO payment VALUES (10, 1, 500), (11, 1, -250), (12, 2147483647, 2147483647);
