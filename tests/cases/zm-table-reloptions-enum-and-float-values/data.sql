INSERT INTO "Hot"."Order Items" VALUES (1, 'x');
INSERT INTO "Hot".queue VALUES (1, '{}');
