INSERT INTO "App"."Order Items" VALUES (1, 2, '2024-01-01 00:00', 'x');
