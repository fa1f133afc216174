INSERT INTO "Calc".prices VALUES (1, 100), (2, 5.5);
