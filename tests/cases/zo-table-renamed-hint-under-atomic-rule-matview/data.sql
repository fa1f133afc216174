INSERT INTO visit VALUES (1, '/', 3), (2, '/a', 1);
