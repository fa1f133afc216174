ALTER TABLE txn DROP CONSTRAINT txn_cents_nonzero;
INSERT INTO txn VALUES (1, 'a', 5), (2, 'b', 0), (3, 'b', 7);
ALTER TABLE txn ADD CONSTRAINT txn_cents_nonzero CHECK (cents <> 0) NOT VALID;
ALTER TABLE txn_a VALIDATE CONSTRAINT txn_cents_nonzero;
