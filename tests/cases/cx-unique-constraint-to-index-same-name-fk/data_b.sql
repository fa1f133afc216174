INSERT INTO country VALUES (1, 'DE'), (2, 'FR');
INSERT INTO city VALUES (1, 'DE'), (2, 'FR'), (3, 'FR');
