CREATE TABLE ledger (id int NOT NULL, acct int NOT NULL, amount numeric NOT NULL, booked date NOT NULL);
CREATE TABLE acct (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION acct_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative balance for %', NEW.id; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER acct_guard AFTER UPDATE OF balance ON acct FROM ledger
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION acct_guard();
