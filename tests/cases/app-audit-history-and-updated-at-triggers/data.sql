INSERT INTO documents (title, body, updated_at) VALUES ('One', 'first', '2024-01-01 00:00:00+00'), ('Two', NULL, '2024-01-02 00:00:00+00');
INSERT INTO document_history (document_id, title, changed_at) VALUES (1, 'Uno', '2023-12-31 00:00:00+00');
