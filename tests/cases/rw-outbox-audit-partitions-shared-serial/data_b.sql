INSERT INTO events.outbox (aggregate_type, aggregate_id, event_type, payload, created_at, attempts) VALUES
 ('order', '1', 'order.created', '{"id": 1}', '2024-01-05 00:00+00', 2);
INSERT INTO events.outbox_dead_letters (event_type, payload, error, outbox_id) VALUES ('order.lost', '{"x": [1, 2]}', 'timeout', 1);
INSERT INTO events.audit_log (at, actor, action, tenant_id) VALUES ('2024-01-10 00:00+00', 'ann', 'login', 1), ('2024-02-10 00:00+00', 'bob', 'export', NULL);
