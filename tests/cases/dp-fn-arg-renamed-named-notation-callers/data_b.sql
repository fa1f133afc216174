INSERT INTO item (id, price, qty) VALUES (1, 2.5, 4), (2, 10, 1);
