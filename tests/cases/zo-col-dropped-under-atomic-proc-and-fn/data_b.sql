INSERT INTO stock VALUES ('a', 10), ('b', 5);
