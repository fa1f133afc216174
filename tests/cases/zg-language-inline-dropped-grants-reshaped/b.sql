DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TRUSTED LANGUAGE zg_plsql HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE zg_plsql IS 'plpgsql under another name, no DO';
GRANT USAGE ON LANGUAGE zg_plsql TO zg_reader;
CREATE FUNCTION bump(i int) RETURNS int LANGUAGE zg_plsql AS $$ BEGIN RETURN i + 1; END $$;
