INSERT INTO reading (sensor, at, v) VALUES (1, '2025-05-01 00:00+00', 1.5), (2, '2024-05-01 00:00+00', 2);
