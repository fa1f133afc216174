INSERT INTO readings VALUES (1, '2024-01-02', 5), (2, '2024-06-01', 6);
