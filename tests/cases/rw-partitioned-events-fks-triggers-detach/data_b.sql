INSERT INTO tenants VALUES (1, 'a');
INSERT INTO events (id, tenant_id, occurred_on, kind, source) VALUES (2, 1, '2024-06-01', 'login', 'web');
INSERT INTO event_attachments (event_id, occurred_on, url) VALUES (2, '2024-06-01', 'http://x/1'), (NULL, '2024-01-01', 'http://x/2');
