INSERT INTO sale_eu VALUES (1, 'eu', '2024-02-02', 1);
