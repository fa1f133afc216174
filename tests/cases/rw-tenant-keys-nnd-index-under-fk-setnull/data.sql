INSERT INTO tenants VALUES (1, 'acme'), (2, 'globex');
INSERT INTO users VALUES (1, 1, 'a@x'), (2, 1, 'b@x'), (3, 2, 'c@y');
INSERT INTO teams VALUES (1, 1, 'core', 1), (2, 2, 'ops', NULL);
INSERT INTO memberships VALUES (1, 1, 1, 'ext-1', 'admin'), (1, 1, 2, NULL, 'member'), (2, 2, 3, 'ext-9', 'member');
INSERT INTO sync_cursors (tenant_id, external_ref, cursor) VALUES (1, 'ext-1', 'c1'), (2, 'ext-9', NULL);
INSERT INTO seat_assignments (tenant_id, user_id, seat, during, released) VALUES
 (1, 1, 'A1', '[2024-01-01,2024-02-01)', false), (2, 3, 'A2', '[2024-01-01,2024-02-01)', false);
