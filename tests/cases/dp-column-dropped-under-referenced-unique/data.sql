INSERT INTO warehouse VALUES (1, 'n', 'A', 7), (2, 's', 'B', 8);
INSERT INTO shelf VALUES (10, 'n', 7, 1), (11, 's', 8, 2);
