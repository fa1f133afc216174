INSERT INTO audit_log_2023 VALUES (1, 'ann', 'login', '2023-05-01 10:00+00'), (2, 'bob', 'delete_project', '2023-11-30 23:59+00');
INSERT INTO audit_log_2024 VALUES (3, 'ann', 'logout', '2024-01-01 00:00+00'), (4, 'cy', 'invite', '2024-06-15 12:00+00');
