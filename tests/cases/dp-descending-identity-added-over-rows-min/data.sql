INSERT INTO ledger_adjustment VALUES (-1, 5), (-2, 7), (-3, 9);
