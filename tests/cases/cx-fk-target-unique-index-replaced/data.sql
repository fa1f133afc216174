INSERT INTO product VALUES (1, 'A-1', 'apple'), (2, 'B-2', 'banana');
INSERT INTO line VALUES (10, 'A-1'), (11, 'B-2'), (12, NULL);
