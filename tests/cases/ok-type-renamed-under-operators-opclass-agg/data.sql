INSERT INTO price VALUES (1, (10, 50)), (2, (3, 75));
INSERT INTO price_snapshot VALUES (1, 2);
