-- the detached subtree holds no rows (the runner judges a partition's rows through its root)
INSERT INTO reading VALUES (2, '2024-02-01 00:00', 'temp', 18), (3, '2024-03-01 00:00', 'hum', 55);
