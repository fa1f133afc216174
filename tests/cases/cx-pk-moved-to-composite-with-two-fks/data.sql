INSERT INTO org VALUES (1), (2);
INSERT INTO project VALUES (1, 10, 'p10'), (2, 20, 'p20');
INSERT INTO task VALUES (1, 1, 10), (2, 2, 20);
INSERT INTO note VALUES (1, 10), (2, NULL);
