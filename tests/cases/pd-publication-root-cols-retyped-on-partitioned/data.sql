INSERT INTO metrics VALUES (1, 'db1', '2024-06-01', 0.5), (2, 'db2', '2025-06-01', 2);
