INSERT INTO realm VALUES ('master', 'master', true, 'external'), ('3f1c6a2e-1d2b-4c5a-8e9f-0a1b2c3d4e5f', 'acme', true, 'all');
INSERT INTO client VALUES
 ('5b7d9f1a-0000-4000-8000-00000000c001', 'account', 'master', true, 'openid-connect', '/realms/master/account/'),
 ('5b7d9f1a-0000-4000-8000-00000000c002', 'admin-cli', 'master', true, 'openid-connect', NULL),
 ('5b7d9f1a-0000-4000-8000-00000000c003', 'web-app', '3f1c6a2e-1d2b-4c5a-8e9f-0a1b2c3d4e5f', true, 'openid-connect', 'https://app.acme.test');
INSERT INTO client_scope_client VALUES ('account', 'master', 'scope-profile', true), ('web-app', '3f1c6a2e-1d2b-4c5a-8e9f-0a1b2c3d4e5f', 'scope-email', false);
INSERT INTO user_entity VALUES
 ('a1a1a1a1-0000-4000-8000-000000000001', 'admin@acme.test', 'admin@acme.test', 'master', 'admin', 1700000000000),
 ('a1a1a1a1-0000-4000-8000-000000000002', NULL, 'a1a1a1a1-0000-4000-8000-000000000002', '3f1c6a2e-1d2b-4c5a-8e9f-0a1b2c3d4e5f', 'jdoe', 1700000005000);
INSERT INTO user_attribute (name, value, user_id, id) VALUES ('locale', 'en', 'a1a1a1a1-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001'), ('department', 'R&D', 'a1a1a1a1-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000002');
