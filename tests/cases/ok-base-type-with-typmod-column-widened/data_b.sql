INSERT INTO part VALUES (1, 'AB-1', 'X1', '{t1,t2}'), (2, 'ZZ-99', NULL, DEFAULT);
