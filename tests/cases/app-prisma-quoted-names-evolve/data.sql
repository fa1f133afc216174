INSERT INTO "User" ("email", "name", "role", "createdAt") VALUES ('alice@prisma.io', 'Alice', 'ADMIN', '2024-01-02 03:04:05.678'), ('bob@prisma.io', NULL, 'USER', '2024-02-03 04:05:06.789');
INSERT INTO "Post" ("title", "content", "published", "authorId") VALUES ('Hello', 'x', true, 1), ('Draft', NULL, false, 2);
INSERT INTO "Tag" ("label") VALUES ('news'), ('tech');
