INSERT INTO events VALUES (1, '2024-02-02', 'x', '{"a":1}'), (2, '2025-02-02', NULL, NULL);
