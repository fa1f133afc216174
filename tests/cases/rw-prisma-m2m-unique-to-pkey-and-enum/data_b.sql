INSERT INTO "User" (email, name, role, roles, "createdAt", "updatedAt") VALUES ('a@x.io', 'A', 'ADMIN', '{USER,EDITOR}', '2024-01-01 10:00:00.123', '2024-01-01 10:00:00.123');
INSERT INTO "Post" (title, status, "authorId", "editorId") VALUES ('Hello', 'REVIEW', 1, NULL);
INSERT INTO "Category" (name, "parentId") VALUES ('news', NULL), ('tech', 1);
INSERT INTO "_CategoryToPost" VALUES (1, 1), (2, 1);
