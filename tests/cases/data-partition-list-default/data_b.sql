INSERT INTO city VALUES (1, 'DE', 'Berlin'), (3, 'JP', 'Tokyo');
