INSERT INTO tenants VALUES (1, 'acme'), (2, 'globex');
INSERT INTO users VALUES (1, 1, 'a@x'), (3, 2, 'c@y');
INSERT INTO teams VALUES (1, 1, 'core', NULL);
INSERT INTO memberships VALUES (1, 1, 1, NULL, 'admin');
INSERT INTO sync_cursors (tenant_id, external_ref, cursor) VALUES (1, NULL, 'c1');
INSERT INTO seat_assignments (tenant_id, user_id, seat, during, released) VALUES
 (1, 1, 'A1', '[2024-01-01,2024-02-01)', false), (2, 3, 'B1', '[2024-01-01,2024-02-01)', false), (1, 1, 'A1', '[2024-02-01,2024-03-01)', true);
