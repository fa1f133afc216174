INSERT INTO team VALUES (1);
INSERT INTO player VALUES (1, 1, 'a'), (2, 99, 'b');
