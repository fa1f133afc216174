INSERT INTO inv VALUES (1, 'eu'), (2, 'us');
INSERT INTO inv_line VALUES (1, 'eu', 1), (1, 'eu', 2), (2, 'us', 1);
