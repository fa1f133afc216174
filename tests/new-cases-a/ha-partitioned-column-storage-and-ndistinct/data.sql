INSERT INTO metrics VALUES (1, '2024-02-01', 'h1', '{"a":1}');
