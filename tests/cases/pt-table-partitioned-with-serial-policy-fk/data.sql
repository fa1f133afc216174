INSERT INTO tenant VALUES (1, 'one'), (2, 'two');
INSERT INTO invoice (tenant_id, issued, amount) VALUES (1, '2024-02-01', 10), (2, '2025-03-01', 20), (1, '2019-01-01', 5), (2, DEFAULT, 7);
INSERT INTO payment VALUES (1, 1, '2024-02-01'), (2, 3, '2019-01-01');
