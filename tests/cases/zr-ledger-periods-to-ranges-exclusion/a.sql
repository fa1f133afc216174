CREATE EXTENSION btree_gist;
CREATE SCHEMA ledger;
CREATE TABLE ledger.accounts (
  id integer PRIMARY KEY,
  code varchar(20) NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense'))
);
CREATE TABLE ledger.journal (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  posted_at timestamptz NOT NULL,
  memo text
);
CREATE TABLE ledger.entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  journal_id bigint NOT NULL REFERENCES ledger.journal(id),
  account_id integer NOT NULL REFERENCES ledger.accounts(id),
  amount numeric(12,2) NOT NULL CHECK (amount <> 0)
);
CREATE INDEX entries_account_idx ON ledger.entries (account_id);
CREATE TABLE ledger.rates (
  account_id integer NOT NULL REFERENCES ledger.accounts(id),
  valid_from date NOT NULL,
  valid_to date,
  rate numeric(6,4) NOT NULL,
  CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX rates_account_from_idx ON ledger.rates (account_id, valid_from);
CREATE FUNCTION ledger.check_journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT sum(amount) FROM ledger.entries WHERE journal_id = NEW.journal_id) <> 0 THEN
    RAISE EXCEPTION 'journal % is not balanced', NEW.journal_id;
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER entries_balanced AFTER INSERT OR UPDATE ON ledger.entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger.check_journal_balanced();
CREATE VIEW ledger.balances AS
  SELECT a.code, a.name, coalesce(sum(e.amount), 0) AS balance
  FROM ledger.accounts a LEFT JOIN ledger.entries e ON e.account_id = a.id
  GROUP BY a.code, a.name;
