INSERT INTO invoices (total) VALUES (10.00), (20.00);
INSERT INTO credit_notes (invoice_id, total) VALUES (1, 5.00);
INSERT INTO invoices (total) VALUES (30.00);
INSERT INTO receipts (invoice_id) VALUES (1), (2), (4);
