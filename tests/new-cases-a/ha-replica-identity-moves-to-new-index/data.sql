INSERT INTO ledger VALUES (1, 'r1', 1.5), (2, 'r2', 2.5);
