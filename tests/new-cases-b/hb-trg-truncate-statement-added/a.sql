CREATE TABLE ledger (id int PRIMARY KEY, amount numeric);
CREATE FUNCTION forbid_truncate() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'no truncate on %', TG_TABLE_NAME; END$$;
