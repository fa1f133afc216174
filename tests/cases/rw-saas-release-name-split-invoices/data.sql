SET session_replication_role = replica;
INSERT INTO app.tenants (id, slug, name, plan) VALUES (1, 'acme', 'Acme Inc', 'pro'), (2, 'globex', 'Globex', 'free'), (3, 'initech', 'Initech', 'enterprise');
SELECT setval('app.tenants_id_seq', 3);
INSERT INTO app.users (id, tenant_id, email, full_name, is_admin) VALUES
 (1, 1, 'wile@acme.test', 'Wile Coyote', true), (2, 1, 'road@acme.test', 'Road Runner', false),
 (3, 2, 'hank@globex.test', 'Hank Scorpio', true), (4, 3, 'peter@initech.test', NULL, false);
SELECT setval('app.users_id_seq', 4);
INSERT INTO app.orders (id, tenant_id, user_id, status, total_cents, currency, placed_at) VALUES
 (1, 1, 1, 'paid', 1200, 'USD', '2024-01-02 10:00+00'), (2, 1, 2, 'shipped', 5000, 'EUR', '2024-01-03 11:00+00'),
 (3, 2, 3, 'draft', 0, 'USD', NULL), (4, 3, NULL, 'cancelled', 700, 'GBP', '2024-02-01 09:30+00');
SELECT setval('app.orders_id_seq', 4);
INSERT INTO app.order_items VALUES (1, 1, 'SKU-1', 2, 600), (2, 1, 'SKU-2', 1, 5000), (4, 1, 'SKU-3', 7, 100);
INSERT INTO app.audit_log (table_name, row_id, action, payload) VALUES ('orders', 1, 'INSERT', '{"id": 1}');
RESET session_replication_role;
REFRESH MATERIALIZED VIEW app.tenant_revenue;
