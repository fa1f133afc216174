DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SCHEMA billing;
CREATE DOMAIN billing.cents AS int CONSTRAINT cents_nonneg CHECK (VALUE >= 0) CONSTRAINT cents_cap CHECK (VALUE < 100000000);
COMMENT ON DOMAIN billing.cents IS 'money in cents';
COMMENT ON CONSTRAINT cents_nonneg ON DOMAIN billing.cents IS 'no negative amounts';
REVOKE USAGE ON DOMAIN billing.cents FROM PUBLIC;
GRANT USAGE ON DOMAIN billing.cents TO zg_writer;
GRANT USAGE ON TYPE billing.cents TO zg_lead WITH GRANT OPTION;
CREATE TABLE billing.invoice (id int PRIMARY KEY, total billing.cents NOT NULL);
