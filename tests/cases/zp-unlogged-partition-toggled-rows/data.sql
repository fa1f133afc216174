INSERT INTO cache VALUES ('a', 0, '1'), ('b', 1, '2');
