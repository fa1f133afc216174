INSERT INTO accounts (name, plan, deleted_at) VALUES ('Acme', 'team', NULL), ('Old', 'free', '2024-01-01 00:00:00+00');
INSERT INTO users (account_id, email, display_name) VALUES (1, 'ann@acme.test', 'Ann'), (2, 'zed@old.test', NULL);
INSERT INTO projects (account_id, name) VALUES (1, 'Website');
INSERT INTO tasks (project_id, assignee_id, title, status) VALUES (1, 1, 'Launch', 'doing'), (1, NULL, 'Plan', 'todo');
