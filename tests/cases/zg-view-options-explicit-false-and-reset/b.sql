DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE acct (id int PRIMARY KEY, holder text NOT NULL, region char(2) NOT NULL, closed boolean NOT NULL DEFAULT false);
CREATE VIEW acct_open AS SELECT id, holder, region FROM acct WHERE NOT closed;
CREATE VIEW acct_eu WITH (security_invoker) AS SELECT id, holder, region FROM acct_open WHERE region = 'eu';
GRANT SELECT, UPDATE ON acct_eu TO zg_writer;
COMMENT ON VIEW acct_eu IS 'eu accounts';
