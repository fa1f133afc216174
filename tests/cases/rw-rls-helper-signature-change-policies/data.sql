INSERT INTO app.projects (tenant_id, name) VALUES (1, 'alpha'), (2, 'beta');
INSERT INTO app.documents (tenant_id, project_id, title, locked) VALUES (1, 1, 'spec', true), (2, 2, 'notes', false);
INSERT INTO app.comments (tenant_id, document_id, body) VALUES (1, 1, 'lgtm');
