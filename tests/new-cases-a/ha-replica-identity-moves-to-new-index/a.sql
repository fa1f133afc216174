CREATE TABLE ledger (id int NOT NULL, ref text NOT NULL, amount numeric);
CREATE UNIQUE INDEX ledger_id_key ON ledger (id);
ALTER TABLE ledger REPLICA IDENTITY USING INDEX ledger_id_key;
