INSERT INTO api_log VALUES (1, '2024-02-01', '200', '{"a": 1}'), (2, '2025-01-05', '404', NULL);
