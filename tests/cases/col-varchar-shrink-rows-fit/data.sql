INSERT INTO city VALUES (1, 'Oslo', 'NO'), (2, 'Bergen', 'NO');
