INSERT INTO readings VALUES (1, '2024-02-01', 5), (2, '2024-03-01', 7);
