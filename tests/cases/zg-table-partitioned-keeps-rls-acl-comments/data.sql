INSERT INTO audit_log VALUES (1, 1, '2025-03-01 10:00+00', 'Ann', '{"a":1}'), (2, 2, '2024-12-31 23:00+00', 'bob', NULL);
