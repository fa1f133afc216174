INSERT INTO seat VALUES (1, 1), (2, 1);
