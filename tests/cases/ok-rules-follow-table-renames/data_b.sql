INSERT INTO document VALUES (1, 'hello', NULL), (2, 'bye', '2025-01-01');
INSERT INTO document_history VALUES (2, 'old bye', '2024-12-31');
