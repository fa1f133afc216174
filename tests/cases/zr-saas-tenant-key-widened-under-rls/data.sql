INSERT INTO saas.tenants (id, slug, name, created_at) VALUES (1, 'acme', 'Acme Inc', '2023-01-01+00'), (2, 'globex', 'Globex', '2023-02-01+00');
INSERT INTO saas.users VALUES (1, 1, 'wile@acme.test', NULL), (1, 2, 'road@acme.test', '2024-01-01+00'), (2, 1, 'hank@globex.test', NULL);
INSERT INTO saas.projects VALUES (1, 1, 1, 'Rocket skates', 'active'), (1, 2, 1, 'Anvil', 'archived'), (2, 1, 1, 'Doomsday', 'active');
REFRESH MATERIALIZED VIEW saas.tenant_stats;
