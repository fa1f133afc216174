INSERT INTO "Sales Data"."Order" VALUES (1), (2);
INSERT INTO "Sales Data"."Order Lines" VALUES (1, 1, '2024-05-01', 10), (3, 2, '2019-01-01', 3);
