INSERT INTO page_views (tenant_id, viewed_at, path) VALUES (1, '2024-01-05 00:00+00', '/'), (1, '2024-05-05 00:00+00', '/pricing'), (2, '2024-02-01 00:00+00', '/docs');
