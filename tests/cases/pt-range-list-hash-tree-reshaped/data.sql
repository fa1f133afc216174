INSERT INTO sale SELECT g, 'eu', '2025-03-01', g FROM generate_series(1, 12) g;
INSERT INTO sale VALUES (20, 'us', '2025-04-01', 1), (21, 'ca', '2025-04-01', 2), (22, 'jp', '2025-05-01', 3),
  (30, 'eu', '2026-02-01', 4), (31, 'eu', '2019-02-01', 5);
