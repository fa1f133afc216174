INSERT INTO tenanted VALUES (1, 'parent row');
INSERT INTO owned VALUES (2, 20, 'owned row');
INSERT INTO invoice (id, tenant_id, amount, note, created_at) VALUES (1, 3, 100, 'inv', '2025-01-01'), (2, 4, 200, NULL, '2025-01-02');
