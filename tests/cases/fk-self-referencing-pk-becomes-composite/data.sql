INSERT INTO category VALUES (1, 1, NULL, 'root'), (2, 1, 1, 'child'), (3, 1, 2, 'grandchild');
INSERT INTO product VALUES (10, 1, 3), (11, 1, NULL);
