DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE product (id int PRIMARY KEY, net numeric(10,2) NOT NULL, vat_rate numeric(4,3) NOT NULL DEFAULT 0.2,
  gross numeric(10,2) GENERATED ALWAYS AS (round(net * (1 + vat_rate), 2)) STORED);
GRANT SELECT (id, net, gross) ON product TO zg_reader;
GRANT SELECT (gross) ON product TO zg_lead WITH GRANT OPTION;
SET ROLE zg_lead;
GRANT SELECT (gross) ON product TO zg_writer;
RESET ROLE;
COMMENT ON COLUMN product.gross IS 'price with VAT';
