INSERT INTO tenant VALUES (1), (2);
INSERT INTO invoice (tenant_id, issued, amount) VALUES (1, '2024-02-01', 10), (2, '2025-03-01', 20), (1, '2019-01-01', 5);
INSERT INTO payment VALUES (1, 100, '2024-02-01'), (2, 102, '2019-01-01');
