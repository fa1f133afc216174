INSERT INTO warehouse VALUES (1, 'n', 'A'), (2, 's', 'B');
INSERT INTO shelf VALUES (10, 'n', 0, 1), (11, 's', 0, 2);
