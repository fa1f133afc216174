CREATE SCHEMA bank;
CREATE TABLE bank.accounts (id int PRIMARY KEY, balance int NOT NULL DEFAULT 0);
CREATE FUNCTION bank.check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.balance < -100 THEN RAISE EXCEPTION 'overdrawn'; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER accounts_bal_guard AFTER INSERT OR UPDATE OF balance ON bank.accounts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.balance < 0) EXECUTE FUNCTION bank.check_balance();
CREATE TRIGGER accounts_bal_log AFTER UPDATE OF balance ON bank.accounts
  FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION bank.check_balance();
