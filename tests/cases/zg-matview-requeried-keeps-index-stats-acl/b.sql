DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SCHEMA rpt;
GRANT USAGE ON SCHEMA rpt TO zg_lead, zg_reader;
CREATE TABLE rpt.sale (id int PRIMARY KEY, region text NOT NULL, sold_on date NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW rpt.sales_by_region AS
  SELECT region, count(*) AS n, sum(amount) AS total, max(sold_on) AS last_sale FROM rpt.sale WHERE amount > 0 GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_key ON rpt.sales_by_region (region);
CREATE STATISTICS rpt.sales_by_region_st (ndistinct) ON region, n FROM rpt.sales_by_region;
COMMENT ON MATERIALIZED VIEW rpt.sales_by_region IS 'refreshed nightly';
COMMENT ON COLUMN rpt.sales_by_region.total IS 'gross';
COMMENT ON INDEX rpt.sales_by_region_key IS 'for REFRESH CONCURRENTLY';
COMMENT ON STATISTICS rpt.sales_by_region_st IS 'planner hint';
REVOKE ALL ON rpt.sales_by_region FROM PUBLIC;
GRANT SELECT ON rpt.sales_by_region TO zg_lead WITH GRANT OPTION;
SET ROLE zg_lead;
GRANT SELECT (region, n, last_sale) ON rpt.sales_by_region TO zg_reader;
RESET ROLE;
