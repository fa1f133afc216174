DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SEQUENCE invoice_no;
CREATE FUNCTION next_invoice() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('invoice_no') $$;
REVOKE EXECUTE ON FUNCTION next_invoice() FROM PUBLIC;
GRANT USAGE, SELECT ON SEQUENCE invoice_no TO zg_lead WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION next_invoice() TO zg_lead;
SET ROLE zg_lead;
GRANT SELECT ON SEQUENCE invoice_no TO zg_writer;
RESET ROLE;
