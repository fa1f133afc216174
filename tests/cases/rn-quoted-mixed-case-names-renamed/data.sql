INSERT INTO "Sales Data"."Order Lines" ("Unit Price", "qty.x", st) VALUES (5.00, 2, 'New'), (150.50, 1, 'Shipped Out');
