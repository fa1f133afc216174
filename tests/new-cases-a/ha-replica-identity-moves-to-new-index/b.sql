CREATE TABLE ledger (id int NOT NULL, ref text NOT NULL, amount numeric);
CREATE UNIQUE INDEX ledger_ref_key ON ledger (ref) INCLUDE (amount);
ALTER TABLE ledger REPLICA IDENTITY USING INDEX ledger_ref_key;
