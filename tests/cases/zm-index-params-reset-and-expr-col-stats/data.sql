INSERT INTO "Shop"."Order Items" VALUES (1, 'AbC', 2, '{a,b}'), (2, 'x', NULL, NULL);
