INSERT INTO stock VALUES (1, '5', 10), (2, '10', 10);
