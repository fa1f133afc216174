INSERT INTO product VALUES (1, 'food'), (2, 'tools'), (3, 'toys');
INSERT INTO review VALUES (10, 2, 'tools'), (11, 3, 'toys'), (12, 1, 'food');
