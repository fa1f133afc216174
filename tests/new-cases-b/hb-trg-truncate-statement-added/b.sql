CREATE TABLE ledger (id int PRIMARY KEY, amount numeric);
CREATE FUNCTION forbid_truncate() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'no truncate on %', TG_TABLE_NAME; END$$;
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger FOR EACH STATEMENT EXECUTE FUNCTION forbid_truncate();
