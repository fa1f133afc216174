INSERT INTO tenants VALUES (1, 'a'), (2, 'b');
INSERT INTO usage_records VALUES (1, '2024-01-01', 'api', 1000, NULL), (2, '2024-01-01', 'api', 5, 'x');
