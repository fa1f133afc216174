SET session_replication_role = replica;
INSERT INTO app.tenants (id, slug, name, plan) VALUES (1, 'acme', 'Acme Inc', 'pro'), (2, 'globex', 'Globex', 'free');
INSERT INTO app.users (id, tenant_id, email, first_name, last_name, is_admin) VALUES
 (1, 1, 'wile@acme.test', 'Wile', 'Coyote', true), (2, 2, 'hank@globex.test', 'Hank', NULL, false);
SELECT setval('app.users_id_seq', 2);
INSERT INTO app.orders (id, tenant_id, user_id, status, total_cents, currency, placed_at) VALUES
 (1, 1, 1, 'paid', 1200, 'USD', '2024-01-02 10:00+00'), (2, 2, NULL, 'draft', 0, 'EUR', NULL);
SELECT setval('app.orders_id_seq', 2);
INSERT INTO app.order_items (order_id, line_no, sku, qty, unit_cents) VALUES (1, 1, 'SKU-1', 2, 600);
INSERT INTO app.invoices (tenant_id, order_id, number, amount_cents) VALUES (1, 1, 'INV-0001', 1200);
INSERT INTO app.audit_log (table_name, row_id, action, payload, actor) VALUES ('app.orders', 1, 'insert', '{"id": 1}', 'bob');
RESET session_replication_role;
REFRESH MATERIALIZED VIEW app.tenant_revenue;
