INSERT INTO country VALUES (1, 'NO', 'Norway'), (2, 'SE', 'Sweden');
INSERT INTO address VALUES (1, 'NO', 'x'), (2, NULL, 'y');
