INSERT INTO customers VALUES (1, 'a@x.io', NULL), (2, 'b@y.io', 'billing@y.io');
INSERT INTO charges VALUES (1, '2024-01-01', 1, 500, 'USD'), (2, '2024-03-01', 2, 1200, 'EUR');
