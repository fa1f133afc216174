INSERT INTO warehouse_bin VALUES ('w1', 1, 10), ('w1', 2, 20);
INSERT INTO stock VALUES (1, 'w1', 1, 5);
