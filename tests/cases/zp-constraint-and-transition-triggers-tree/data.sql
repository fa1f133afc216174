INSERT INTO ledger VALUES (1, 'main', 10), (2, 'aux', -10);
