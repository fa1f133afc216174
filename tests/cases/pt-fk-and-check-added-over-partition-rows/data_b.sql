INSERT INTO cust VALUES (1, 'eu'), (2, 'us');
INSERT INTO ord VALUES (1, 1, 'eu', 5), (2, 1, 'eu', 6), (3, 2, 'us', 7);
