INSERT INTO "CDC"."Order Items" VALUES (1, 'x');
INSERT INTO "CDC".events VALUES (1, '{"a":1}');
INSERT INTO "CDC"."a$b" VALUES ('k', 1);
