INSERT INTO accounts (name, plan) VALUES ('Acme', 'team'), ('Globex', 'free');
INSERT INTO users (account_id, email, display_name) VALUES (1, 'ann@acme.test', 'Ann'), (1, 'bob@acme.test', NULL), (2, 'cy@globex.test', 'Cy');
INSERT INTO projects (account_id, name) VALUES (1, 'Website'), (1, 'Mobile'), (2, 'Ops');
INSERT INTO tasks (project_id, assignee_id, title, done, due_on) VALUES (1, 1, 'Launch', false, '2024-05-01'), (1, 2, 'Copy', true, NULL), (3, 3, 'Pager', false, NULL);
