INSERT INTO ledger VALUES (1, 10.5), (20, 3);
