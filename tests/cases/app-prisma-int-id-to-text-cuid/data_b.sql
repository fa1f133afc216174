INSERT INTO "Workspace" VALUES ('10', 'Acme', 'acme'), ('11', 'Globex', NULL);
INSERT INTO "Member" VALUES ('5', '10', 'a@acme.test'), ('6', '11', 'c@globex.test');
