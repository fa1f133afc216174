INSERT INTO audit_trail VALUES (1, '2024-05-05', 'alice', 'login'), (2, '2023-12-31', 'bob', NULL);
