CREATE TABLE acct (id int PRIMARY KEY, owner text, balance bigint);
ALTER TABLE acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON acct USING (owner = current_user AND balance >= 0);
CREATE VIEW rich AS SELECT id, balance FROM acct WHERE balance > 1000;
CREATE FUNCTION acct_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative'; END IF; RETURN NEW; END $$;
CREATE TRIGGER acct_guard BEFORE UPDATE OF balance ON acct FOR EACH ROW WHEN (NEW.balance IS DISTINCT FROM OLD.balance) EXECUTE FUNCTION acct_guard();
