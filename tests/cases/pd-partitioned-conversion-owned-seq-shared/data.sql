INSERT INTO orders (placed) VALUES ('2024-01-01'), ('2024-02-01');
INSERT INTO invoices (note) VALUES ('x');
