INSERT INTO article VALUES (1, 'Hello', 'World', '{a,b}', '{"k": 1}', '2025-01-01'), (2, 'Bye', NULL, NULL, NULL, NULL);
