INSERT INTO ledger VALUES (1, 1), (2, 2);
