INSERT INTO pgboss.version VALUES (20, '2024-06-01+00', NULL);
INSERT INTO pgboss.job (id, name, data, state, startAfter, createdOn, keepUntil) VALUES
 ('10000000-0000-4000-8000-000000000001', 'email-welcome', '{"to": "a@x.test"}', 'created', '2024-06-01+00', '2024-06-01+00', '2024-06-15+00'),
 ('10000000-0000-4000-8000-000000000002', 'email-welcome', '{"to": "b@x.test"}', 'active', '2024-06-01+00', '2024-06-01+00', '2024-06-15+00'),
 ('10000000-0000-4000-8000-000000000003', 'report', NULL, 'failed', '2024-06-01+00', '2024-06-01+00', '2024-06-15+00'),
 ('10000000-0000-4000-8000-000000000004', 'report', '{"month": 5}', 'retry', '2024-06-02+00', '2024-06-01+00', '2024-06-15+00');
INSERT INTO pgboss.archive (id, name, priority, retryLimit, retryCount, data, state, startAfter, createdOn, keepUntil, archivedOn) VALUES
 ('20000000-0000-4000-8000-000000000001', 'email-welcome', 0, 0, 0, '{}', 'completed', '2024-05-01+00', '2024-05-01+00', '2024-05-15+00', '2024-05-20+00'),
 ('20000000-0000-4000-8000-000000000002', 'cleanup', 0, 1, 1, NULL, 'cancelled', '2024-05-01+00', '2024-05-01+00', '2024-05-15+00', '2024-05-20+00');
