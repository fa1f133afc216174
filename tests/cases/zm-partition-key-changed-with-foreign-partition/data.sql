INSERT INTO measurements_eu VALUES (1, 'eu', '2024-01-01', 1.5), (2, 'eu', '2024-02-01', NULL);
