INSERT INTO invoice (id, total) VALUES (1000, 10), (1001, 20);
INSERT INTO payment (id, invoice_id) VALUES (1002, 1000), (1003, 1001);
