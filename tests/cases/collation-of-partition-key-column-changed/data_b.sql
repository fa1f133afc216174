INSERT INTO doc VALUES ('a', 1, 'x'), ('b', 2, 'y');
