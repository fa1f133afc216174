CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative'; END IF; RETURN NULL; END$$;
CREATE CONSTRAINT TRIGGER accounts_balance AFTER INSERT OR UPDATE OF balance ON accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_balance();
COMMENT ON TRIGGER accounts_balance ON accounts IS 'checked at commit';
