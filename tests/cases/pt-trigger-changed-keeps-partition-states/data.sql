INSERT INTO ev VALUES (1, 'web', '2025-01-01', 'a'), (2, 'app', '2025-01-02', NULL), (3, 'tv', '2025-01-03', 'c');
