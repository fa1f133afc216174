INSERT INTO measurement VALUES (1, 'eu', '2025-01-01', 1), (2, 'uk', '2025-01-02', 2), (3, 'us', '2025-01-03', 3);
