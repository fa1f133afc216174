INSERT INTO item (region, qty, price) VALUES ('eu', 2, 3), ('us', 1, 5), ('uk', 4, 4), ('jp', 1, 1);
