INSERT INTO payment (paid_on, amount, memo) VALUES ('2024-05-01', 10, 'a'), ('2025-02-02', 20.5, NULL), ('2025-03-03', 1, 'c');
