INSERT INTO acct VALUES (1, 'a'), (2, 'b'); INSERT INTO transfer VALUES (1, 1, 2), (2, 2, NULL);
