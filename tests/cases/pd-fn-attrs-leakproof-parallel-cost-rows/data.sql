INSERT INTO accounts VALUES (1, 'A@x.io', 1, true), (2, ' b@x.io', 1, false), (3, 'c@y.io', 2, true);
