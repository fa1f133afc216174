INSERT INTO "User" (email, "displayName", role, "createdAt", "updatedAt") VALUES
 ('ada@prisma.io', 'Ada', 'ADMIN', '2024-01-02 03:04:05.123', '2024-02-01 00:00:00'),
 ('mod@prisma.io', 'Mo', 'USER', '2024-01-05 00:00:00', '2024-02-01 00:00:00');
INSERT INTO "Post" (title, content, status, "authorId") VALUES ('Hello', 'World', 'PUBLISHED', 1), ('Old', NULL, 'DRAFT', 2);
INSERT INTO "Tag" (label) VALUES ('orm'), ('sql');
INSERT INTO "_PostToTag" VALUES (1, 1), (2, 2);
