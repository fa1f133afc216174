INSERT INTO invoices (id, amount) VALUES (1, 10);
