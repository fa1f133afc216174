INSERT INTO job VALUES (1, 'mail', 'pending', '2025-01-01 00:00+00', 0), (2, 'sms', 'retry', '2025-01-01 00:00+00', 2), (1, 'sms', 'done', '2025-01-01 00:00+00', 1);
