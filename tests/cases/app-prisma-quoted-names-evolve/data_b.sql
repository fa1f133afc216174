INSERT INTO "User" ("email", "name", "role", "createdAt", "updatedAt") VALUES ('alice@prisma.io', 'Alice', 'ADMIN', '2024-01-02 03:04:05.678', '2024-01-02 03:04:05.678');
INSERT INTO "Post" ("title", "content", "published", "authorId", "viewCount") VALUES ('Hello', 'x', true, 1, 10), ('Orphan', NULL, false, 1, 0);
INSERT INTO "Tag" ("label") VALUES ('news');
INSERT INTO "_PostToTag" VALUES (1, 1), (2, 1);
