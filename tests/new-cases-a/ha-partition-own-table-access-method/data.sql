INSERT INTO logs VALUES (1, '2023-06-01', 'old'), (2, '2024-06-01', 'new');
