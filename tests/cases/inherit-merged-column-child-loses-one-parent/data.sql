INSERT INTO document (id, title, owner_id, note, created_at) VALUES (1, 'spec', 7, 'n1', '2025-01-01'), (2, 'plan', 8, NULL, '2025-01-02');
