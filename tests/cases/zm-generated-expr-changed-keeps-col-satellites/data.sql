INSERT INTO "Shop"."Order Items" (id, qty, unit_price) VALUES (1, 2, 60), (2, 1, 5.5);
