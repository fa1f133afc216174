INSERT INTO ch (a, shared, b, own) VALUES (1, 's', 'y', 10), (2, NULL, NULL, 20);
INSERT INTO p1 VALUES (3, 't');
