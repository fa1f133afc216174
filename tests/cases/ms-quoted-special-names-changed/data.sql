INSERT INTO "Sales $chema"."Order Items" VALUES (1, 2, 3.50, 'note');
