INSERT INTO "Billing"."Order Items" VALUES (1, 10.50, 'a');
