INSERT INTO ledger VALUES (1, 1, 10.5, NULL), (2, 2, 3, 'x'), (3, 2, 4, 'y');
