INSERT INTO item VALUES (1, 'a', 'A'), (2, 'b', 'B');
INSERT INTO stock VALUES (1, 'a'), (2, 'b');
