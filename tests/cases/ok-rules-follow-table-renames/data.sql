INSERT INTO doc VALUES (1, 'hello', NULL), (2, 'bye', '2025-01-01');
INSERT INTO doc_archive VALUES (2, 'old bye', '2024-12-31');
