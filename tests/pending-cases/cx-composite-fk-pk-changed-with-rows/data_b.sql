INSERT INTO warehouse_bin VALUES (1, 'w1', 1, 10), (2, 'w1', 2, 20);
INSERT INTO stock VALUES (1, 'w1', 1, 5);
