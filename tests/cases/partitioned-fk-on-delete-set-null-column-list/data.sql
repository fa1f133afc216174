INSERT INTO tenant VALUES (1), (2), (3);
INSERT INTO project VALUES (1, 10, 'p10'), (2, 20, 'p20'), (3, 30, 'p30');
INSERT INTO task VALUES (1, 1, 10, 't1'), (2, 2, 20, 't2'), (3, 3, NULL, 't3'), (3, 4, 30, 't4');
