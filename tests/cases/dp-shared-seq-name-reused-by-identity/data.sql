INSERT INTO invoice (total) VALUES (10), (20);
INSERT INTO payment (invoice_id) VALUES (1000), (1001);
