INSERT INTO emp VALUES (1, 'ann', 'x', 1), (2, 'bob', NULL, NULL);
