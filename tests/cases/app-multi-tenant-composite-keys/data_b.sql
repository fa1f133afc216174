INSERT INTO tenants VALUES (1, 'default');
INSERT INTO projects VALUES (1, 1, 'P1');
INSERT INTO tasks VALUES (1, 1, 1, 'T1');
INSERT INTO comments VALUES (1, 1, 1, 'c1');
