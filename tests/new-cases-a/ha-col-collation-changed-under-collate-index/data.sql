INSERT INTO tags VALUES (1, 'alpha'), (2, 'Beta'), (3, '');
