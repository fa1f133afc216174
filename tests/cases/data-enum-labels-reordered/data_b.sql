INSERT INTO shirt VALUES (1, 'small'), (2, 'large'), (3, 'medium'), (4, 'large');
