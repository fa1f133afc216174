DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');
REVOKE USAGE ON TYPE ticket_state FROM PUBLIC;
GRANT USAGE ON TYPE ticket_state TO zg_reader WITH GRANT OPTION;
SET ROLE zg_reader;
GRANT USAGE ON TYPE ticket_state TO zg_writer;
RESET ROLE;
COMMENT ON TYPE ticket_state IS 'lifecycle of a ticket';
CREATE TABLE ticket (id int PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'open');
