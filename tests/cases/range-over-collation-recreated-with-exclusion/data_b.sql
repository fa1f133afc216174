INSERT INTO shelf VALUES (1, 1, '[a,f)'), (2, 1, '[f,m)'), (3, 2, '[a,z]');
