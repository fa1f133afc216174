INSERT INTO metric VALUES (1, 'a', 5), (2, 'a', 9), (3, 'b', 1);
