INSERT INTO event VALUES (1, '2024-01-02', 'web', '{"a":1}');
