INSERT INTO acct VALUES (1, 'eu', 1), (2, 'us', 2), (3, 'ap', 3), (4, 'eu', 4);
