INSERT INTO product VALUES (1, 'pen', 1.50, true), (2, 'ink', 0, false);
