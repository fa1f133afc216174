INSERT INTO stock VALUES ('a', 1, 5), ('a', 2, 6), ('b', 2, 0);
