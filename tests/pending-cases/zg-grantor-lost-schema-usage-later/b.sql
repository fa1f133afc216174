DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SCHEMA ops;
CREATE TABLE ops.job (id int PRIMARY KEY, cmd text);
GRANT USAGE ON SCHEMA ops TO zg_lead;
GRANT SELECT ON ops.job TO zg_lead WITH GRANT OPTION;
SET ROLE zg_lead;
GRANT SELECT ON ops.job TO zg_reader;
RESET ROLE;
REVOKE USAGE ON SCHEMA ops FROM zg_lead;
