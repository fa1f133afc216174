INSERT INTO item VALUES (1, 'red'), (2, NULL), (3, NULL);
