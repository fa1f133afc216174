INSERT INTO shop.customer VALUES (1, 'ann'), (2, 'bob');
INSERT INTO shop.orders VALUES (1, 1, '2025-01-01'), (2, 2, '2025-01-02');
INSERT INTO shop.order_line VALUES (1, 1, 'A', 2), (1, 2, 'B', 1), (2, 1, 'A', 7);
INSERT INTO "Audit Log" VALUES ('2025-01-01 00:00+00', 'created'), ('2025-01-01 00:00+00', 'created'), ('2025-01-02 00:00+00', NULL);
