DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SCHEMA crm;
CREATE TABLE crm.customer (id int PRIMARY KEY, name text NOT NULL, email text, region text NOT NULL, vip boolean NOT NULL DEFAULT false);
CREATE VIEW crm.customer_v WITH (security_barrier = true) AS
  SELECT id, name, region, vip FROM crm.customer WHERE region <> 'internal'
  WITH LOCAL CHECK OPTION;
ALTER VIEW crm.customer_v OWNER TO zg_owner;
REVOKE ALL ON crm.customer_v FROM zg_owner;
GRANT SELECT, INSERT, UPDATE ON crm.customer_v TO zg_owner;
GRANT SELECT ON crm.customer_v TO zg_reader WITH GRANT OPTION;
GRANT UPDATE (name, region, vip) ON crm.customer_v TO zg_writer;
COMMENT ON VIEW crm.customer_v IS 'customers visible outside';
COMMENT ON COLUMN crm.customer_v.region IS 'sales region';
COMMENT ON COLUMN crm.customer_v.name IS 'display name';
