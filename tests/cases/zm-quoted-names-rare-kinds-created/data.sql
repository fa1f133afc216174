INSERT INTO "Odd Schema"."Order Items" VALUES (1, 'u', 2, 1.5);
