INSERT INTO "Workspace" ("name") VALUES ('Acme'), ('Globex');
INSERT INTO "Member" ("workspaceId", "userEmail") VALUES (1, 'a@acme.test'), (1, 'b@acme.test'), (2, 'c@globex.test');
