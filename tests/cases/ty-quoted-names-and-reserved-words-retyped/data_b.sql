INSERT INTO "Order Items" VALUES (1, 50, 'a b', 'abcd', 1), (2, 500, NULL, NULL, -3), (3, 0, 'x', 'wxyz', NULL);
