INSERT INTO stock VALUES ('a', 10, 2), ('b', 5, 0);
