INSERT INTO parent VALUES (1, 'p');
INSERT INTO child VALUES (2, 'c', 20);
INSERT INTO grandchild VALUES (3, 'g', 30);
