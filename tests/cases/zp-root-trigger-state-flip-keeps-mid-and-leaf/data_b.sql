INSERT INTO sale VALUES (1, 2024, 'web'), (2, 2025, 'shop');
