INSERT INTO billing.inv VALUES (1, '2025-02-01', 200), (2, '2020-01-01', 5);
INSERT INTO billing.pay VALUES (1, 1, '2025-02-01');
