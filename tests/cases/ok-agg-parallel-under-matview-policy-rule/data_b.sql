INSERT INTO factor VALUES (1, 2), (1, 3.5), (2, 10);
INSERT INTO budget VALUES (1, 100), (2, 5);
