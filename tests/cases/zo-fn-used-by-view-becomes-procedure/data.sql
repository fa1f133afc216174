INSERT INTO counter VALUES ('a', 1), ('b', 5);
