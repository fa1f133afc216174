INSERT INTO booking VALUES (1, ROW('Anna', 3), '[a,c)'), (2, NULL, '[m,p)'), (3, ROW('Zoe', NULL), NULL);
