INSERT INTO ledger VALUES (1, 'a'), (5, 'b'), (42, 'c');
