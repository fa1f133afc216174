INSERT INTO customers VALUES (1), (2);
INSERT INTO invoices VALUES (1, '2024-03-01', 1), (2, '2024-04-01', 2);
