INSERT INTO order_line VALUES (1, 1, 2, 60), (2, 2, 1, 5);
