INSERT INTO alembic_version VALUES ('3f2a1b4c5d6e');
INSERT INTO job (name, status, attempts, payload, created_at) VALUES ('a', 'queued', 0, '{"x": 1}', '2024-01-01 00:00:00'), ('b', 'done', 2, NULL, '2024-01-01 00:00:00'), ('c', 'failed', 3, '[1, 2]', '2024-01-01 00:00:00');
