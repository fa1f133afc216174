INSERT INTO item VALUES (1, 'red', 'small'), (2, 'blue', 'large');
