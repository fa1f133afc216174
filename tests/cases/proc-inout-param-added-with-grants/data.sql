INSERT INTO ledger(account, delta) VALUES (1, 10), (1, -5);
