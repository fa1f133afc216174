INSERT INTO "Audit"."Order Items" VALUES (1, 2), (2, 5);
