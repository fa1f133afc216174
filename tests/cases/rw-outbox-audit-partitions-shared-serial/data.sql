INSERT INTO events.outbox (aggregate_type, aggregate_id, event_type, payload, created_at, published_at) VALUES
 ('order', '1', 'order.created', '{"id": 1}', '2024-01-05 00:00+00', NULL),
 ('order', '1', 'order.paid', '{"id": 1, "cents": 100}', '2024-01-06 00:00+00', '2024-01-06 00:01+00');
INSERT INTO events.outbox_dead_letters (event_type, payload, error) VALUES ('order.lost', '{"x": [1, 2]}', 'timeout');
INSERT INTO events.audit_log (at, actor, action, detail) VALUES ('2024-01-10 00:00+00', 'ann', 'login', NULL), ('2024-02-10 00:00+00', 'bob', 'export', '{"rows": 10}');
