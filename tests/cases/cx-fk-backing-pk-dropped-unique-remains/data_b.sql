INSERT INTO person VALUES (1, 'a'), (2, 'b');
INSERT INTO pet VALUES (1, 1), (2, 2), (3, NULL);
