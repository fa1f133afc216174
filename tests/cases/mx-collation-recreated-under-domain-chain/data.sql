INSERT INTO item VALUES (1, 'Alpha', 'beta', '{x,Y}'), (2, NULL, NULL, NULL);
