INSERT INTO events VALUES (1, '2021-01-01', 'old'), (2, '2025-01-01', 'new');
