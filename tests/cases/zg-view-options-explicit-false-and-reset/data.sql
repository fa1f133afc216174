INSERT INTO acct VALUES (1, 'a', 'eu', false), (2, 'b', 'us', true);
