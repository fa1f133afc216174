INSERT INTO members VALUES (1, 10, 'admin'), (2, 10, 'viewer');
INSERT INTO docs VALUES (1, 10, 1, true), (2, 10, 2, false);
