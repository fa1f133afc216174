CREATE TABLE txn (id bigint NOT NULL, acct text NOT NULL, cents int NOT NULL) PARTITION BY LIST (acct);
CREATE TABLE txn_a PARTITION OF txn FOR VALUES IN ('a');
CREATE TABLE txn_b PARTITION OF txn FOR VALUES IN ('b');
ALTER TABLE txn ADD CONSTRAINT txn_cents_nonzero CHECK (cents <> 0) NOT VALID;
-- partition a was cleaned up and checked; b still holds legacy zero rows
ALTER TABLE txn_a VALIDATE CONSTRAINT txn_cents_nonzero;
