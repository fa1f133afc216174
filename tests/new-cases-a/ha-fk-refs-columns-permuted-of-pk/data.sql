INSERT INTO shelves VALUES (1, 2), (3, 4);
INSERT INTO items VALUES (1, 2, 1), (2, 4, 3);
