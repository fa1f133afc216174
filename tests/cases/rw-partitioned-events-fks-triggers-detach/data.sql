INSERT INTO tenants VALUES (1, 'a'), (2, 'b');
INSERT INTO events (id, tenant_id, occurred_on, kind, payload) VALUES (2, 1, '2024-06-01', 'heartbeat', '{"ok": true}'), (3, 2, '2024-07-01', 'login', NULL);
INSERT INTO event_attachments (event_id, occurred_on, url) VALUES (2, '2024-06-01', 'http://x/1'), (NULL, NULL, 'http://x/2');
