INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('0f0e', 'abc', '20240101000000_init', '2024-01-01 00:00+00', 1);
INSERT INTO "User" (email, name, role, "createdAt", "updatedAt") VALUES ('a@x.io', 'A', 'ADMIN', '2024-01-01 10:00:00.123', '2024-01-01 10:00:00.123'), ('b@x.io', NULL, 'USER', '2024-01-02 10:00:00', '2024-01-02 10:00:00');
INSERT INTO "Post" (title, content, published, "authorId") VALUES ('Hello', 'hi', true, 1), ('Draft', NULL, false, 2);
INSERT INTO "Category" (name) VALUES ('news'), ('tech');
INSERT INTO "_CategoryToPost" VALUES (1, 1), (2, 1), (2, 2);
