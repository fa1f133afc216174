INSERT INTO product VALUES (1, 'food'), (3, 'toys');
INSERT INTO review VALUES (11, 3, 'toys'), (12, 1, 'food');
