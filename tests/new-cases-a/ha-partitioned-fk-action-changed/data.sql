INSERT INTO tenants VALUES (1);
INSERT INTO projects VALUES (1, 1), (1, 2);
INSERT INTO tasks VALUES (1, 1, 1, '2024-02-01'), (1, 2, 2, '2024-03-01');
