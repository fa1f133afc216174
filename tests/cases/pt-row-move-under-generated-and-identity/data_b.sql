INSERT INTO item (region, qty, price) VALUES ('eu', 2, 3), ('jp', 1, 1);
