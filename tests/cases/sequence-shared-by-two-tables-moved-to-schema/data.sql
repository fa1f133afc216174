INSERT INTO invoice (total) VALUES (10), (20);
INSERT INTO credit_note (invoice_id, total) VALUES (1000, 5);
INSERT INTO memo (body) VALUES ('x');
