INSERT INTO app.projects (tenant_id, name, visibility) VALUES (1, 'alpha', 'public');
INSERT INTO app.project_members VALUES (1, 'ann');
INSERT INTO app.documents (tenant_id, project_id, title) VALUES (1, 1, 'spec');
INSERT INTO app.comments (tenant_id, document_id, body) VALUES (1, 1, 'ok');
