DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE FUNCTION zg_acc(state int, v int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT state + v $$;
CREATE FUNCTION zg_acc8(state bigint, v int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT state + v $$;
CREATE AGGREGATE total_of(int) (SFUNC = zg_acc, STYPE = int, INITCOND = '0');
REVOKE EXECUTE ON FUNCTION total_of(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION total_of(int) TO zg_reader WITH GRANT OPTION;
SET ROLE zg_reader;
GRANT EXECUTE ON FUNCTION total_of(int) TO zg_writer;
RESET ROLE;
COMMENT ON AGGREGATE total_of(int) IS 'sum starting at zero';
