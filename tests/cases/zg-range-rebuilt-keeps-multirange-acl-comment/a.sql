DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TYPE price_band AS RANGE (subtype = int4);
REVOKE USAGE ON TYPE price_band FROM PUBLIC;
GRANT USAGE ON TYPE price_band TO zg_reader;
REVOKE USAGE ON TYPE price_band_multirange FROM PUBLIC;
GRANT USAGE ON TYPE price_band_multirange TO zg_writer WITH GRANT OPTION;
COMMENT ON TYPE price_band IS 'price interval';
COMMENT ON TYPE price_band_multirange IS 'set of price intervals';
CREATE TABLE offer (id int PRIMARY KEY, band price_band, bands price_band_multirange);
