INSERT INTO "User" VALUES ('clx1user0001', 'Ada', 'ada@example.com', '2024-01-01 00:00:00.000', 'https://avatars.example/ada.png'), ('clx1user0002', 'Bob', 'bob@example.com', NULL, NULL);
INSERT INTO "Account" ("id", "userId", "type", "provider", "providerAccountId", "access_token", "expires_at", "token_type", "scope") VALUES
 ('clx1acct0001', 'clx1user0001', 'oauth', 'github', '583231', 'gho_xxx', 1717000000, 'bearer', 'read:user,user:email'),
 ('clx1acct0002', 'clx1user0002', 'oauth', 'google', '10769150350006150715113082367', 'ya29.a0', 1717003600, 'Bearer', 'openid email profile');
INSERT INTO "Session" VALUES ('clx1sess0001', 'b3b0d3a1-3f6c-4e7e-9c45-7f1a0a0e9d21', 'clx1user0001', '2024-07-01 00:00:00.000');
INSERT INTO "VerificationToken" VALUES ('bob@example.com', '7c4a8d09ca3762af61e59520943dc26494f8941b', '2024-06-02 00:00:00.000');
