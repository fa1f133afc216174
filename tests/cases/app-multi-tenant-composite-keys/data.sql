INSERT INTO tenants VALUES (1, 'default'), (2, 'other');
INSERT INTO projects VALUES (1, 'P1'), (2, 'P2');
INSERT INTO tasks VALUES (1, 1, 'T1'), (2, 1, 'T2'), (3, 2, 'T3');
INSERT INTO comments VALUES (1, 1, 'c1'), (2, 3, 'c2');
