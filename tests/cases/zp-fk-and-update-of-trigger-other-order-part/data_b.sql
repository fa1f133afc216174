INSERT INTO customer VALUES (1), (2);
INSERT INTO ord VALUES (1, 1, '2024-05-01', 'new'), (2, 2, '2025-05-01', 'done'), (3, NULL, '2025-06-01', 'new');
