INSERT INTO page_views (tenant_id, viewed_at, path, referrer) VALUES (1, '2024-01-05 00:00+00', '/', NULL), (1, '2024-05-05 00:00+00', '/pricing', 'g');
