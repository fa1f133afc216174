INSERT INTO customers VALUES (1, 'C-001', 10, true, 'vip'), (2, 'C-002', NULL, false, NULL);
