INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES
 ('0f1e2d3c-0000-4000-8000-000000000001', 'a3f1', '2024-01-01 00:00:01+00', '20240101000000_init', 1);
INSERT INTO "User" (email, name, role, "createdAt") VALUES
 ('ada@prisma.io', 'Ada', 'ADMIN', '2024-01-02 03:04:05.123'),
 ('linus@prisma.io', 'Linus', 'USER', '2024-01-03 03:04:05.5'),
 ('grace@prisma.io', NULL, 'USER', '2024-01-04 00:00:00');
INSERT INTO "Post" (title, content, published, "authorId") VALUES ('Hello', 'World', true, 1), ('Enums', NULL, false, 2), ('Joins', 'm2m', true, 1);
INSERT INTO "Tag" (label) VALUES ('orm'), ('sql'), ('typescript');
INSERT INTO "_PostToTag" VALUES (1, 1), (1, 2), (2, 1), (3, 3);
