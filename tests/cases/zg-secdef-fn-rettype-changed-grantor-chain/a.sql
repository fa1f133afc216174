DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SCHEMA api;
GRANT USAGE ON SCHEMA api TO zg_reader;
CREATE TABLE api.account (id int PRIMARY KEY, balance_cents int NOT NULL);
CREATE FUNCTION api.balance(p_id int) RETURNS int
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT balance_cents FROM api.account WHERE id = p_id $$;
REVOKE ALL ON FUNCTION api.balance(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.balance(int) TO zg_reader WITH GRANT OPTION;
SET ROLE zg_reader;
GRANT EXECUTE ON FUNCTION api.balance(int) TO zg_writer;
RESET ROLE;
COMMENT ON FUNCTION api.balance(int) IS 'balance in cents; runs as owner';
