INSERT INTO metric VALUES (1, 'db1', 5), (2, 'db1', 500), (3, 'web-01', 101);
