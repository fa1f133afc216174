INSERT INTO workspaces (id, name) VALUES (1, 'Acme Corp'), (2, 'Globex');
INSERT INTO invites (workspace_slug, email) VALUES ('acme-corp', 'a@x'), ('globex', 'b@y');
