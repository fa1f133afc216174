CREATE EXTENSION btree_gist;
CREATE SCHEMA ledger;
CREATE TYPE ledger.account_kind AS ENUM ('asset', 'liability', 'equity', 'income', 'expense');
CREATE TABLE ledger.accounts (
  id integer PRIMARY KEY,
  code varchar(20) NOT NULL UNIQUE,
  name text NOT NULL,
  kind ledger.account_kind NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  CONSTRAINT accounts_id_currency_key UNIQUE (id, currency)
);
CREATE TABLE ledger.journal (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  posted_at timestamptz NOT NULL,
  memo text,
  reverses bigint REFERENCES ledger.journal(id)
);
CREATE TABLE ledger.entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  journal_id bigint NOT NULL REFERENCES ledger.journal(id),
  account_id integer NOT NULL,
  amount numeric(18,2) NOT NULL CHECK (amount <> 0),
  currency char(3) NOT NULL DEFAULT 'EUR',
  CONSTRAINT entries_account_currency_fkey FOREIGN KEY (account_id, currency) REFERENCES ledger.accounts (id, currency)
);
CREATE INDEX entries_account_idx ON ledger.entries (account_id);
CREATE INDEX entries_journal_idx ON ledger.entries (journal_id);
CREATE TABLE ledger.rates (
  account_id integer NOT NULL REFERENCES ledger.accounts(id),
  valid_from date NOT NULL,
  valid_to date,
  rate numeric(6,4) NOT NULL,
  validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[)')) STORED,
  CHECK (valid_to IS NULL OR valid_to > valid_from),
  CONSTRAINT rates_no_overlap EXCLUDE USING gist (account_id WITH =, validity WITH &&)
);
CREATE FUNCTION ledger.check_journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT sum(amount) FROM ledger.entries WHERE journal_id = NEW.journal_id) <> 0 THEN
    RAISE EXCEPTION 'journal % is not balanced (%)', NEW.journal_id, TG_OP;
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER entries_balanced AFTER INSERT OR UPDATE OR DELETE ON ledger.entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger.check_journal_balanced();
CREATE VIEW ledger.balances AS
  SELECT a.code, a.name, a.currency, coalesce(sum(e.amount), 0) AS balance
  FROM ledger.accounts a LEFT JOIN ledger.entries e ON e.account_id = a.id
  GROUP BY a.code, a.name, a.currency;
