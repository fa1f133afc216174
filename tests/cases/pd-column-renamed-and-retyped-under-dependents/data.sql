INSERT INTO invoices VALUES (1, '42', 10.00, false), (2, '7', 99.50, true);
