INSERT INTO ledger VALUES (1, 1, 10), (2, 1, 20), (3, 1, 30), (4, 2, 5), (5, 1, 40);
