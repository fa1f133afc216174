INSERT INTO trip VALUES (1, '2024-03-01 10:00', 'rome', 3.5, 12), (2, '2025-03-01 10:00', 'oslo', 1, 0);
