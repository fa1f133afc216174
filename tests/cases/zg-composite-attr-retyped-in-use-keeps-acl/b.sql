DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TYPE postal AS (street text, zip varchar(10), city text);
COMMENT ON TYPE postal IS 'postal address';
COMMENT ON COLUMN postal.zip IS 'five digit code';
REVOKE USAGE ON TYPE postal FROM PUBLIC;
GRANT USAGE ON TYPE postal TO zg_reader WITH GRANT OPTION;
CREATE TABLE customer (id int PRIMARY KEY, home postal);
GRANT SELECT (id, home) ON customer TO zg_reader;
COMMENT ON COLUMN customer.home IS 'where invoices go';
