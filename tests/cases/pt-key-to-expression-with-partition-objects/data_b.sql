INSERT INTO acct VALUES (1, 'EU', 5), (2, 'eu', 0), (3, 'us', -3), (4, 'Jp', 1);
