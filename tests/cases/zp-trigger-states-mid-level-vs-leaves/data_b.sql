INSERT INTO log VALUES (1, '2024-02-01', 'error', 'boom'), (2, '2024-03-01', 'info', NULL), (3, '2025-01-02', 'warn', 'w');
