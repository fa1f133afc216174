INSERT INTO room VALUES (1, 'Blue'), (2, 'Red');
INSERT INTO booking VALUES (1, 1, '[2025-01-01 10:00,2025-01-01 11:00)', 'standup'),
  (2, 1, '[2025-01-01 10:30,2025-01-01 11:30)', 'cancelled'), (3, 2, '[2025-01-01 10:00,2025-01-01 12:00)', NULL);
