INSERT INTO sale VALUES (1, 2024, 'web');
