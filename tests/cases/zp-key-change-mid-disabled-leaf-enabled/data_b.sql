INSERT INTO s VALUES (1, 2024, 'web'), (2, 2024, 'shop');
