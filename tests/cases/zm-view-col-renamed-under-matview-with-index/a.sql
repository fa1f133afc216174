CREATE SCHEMA rpt;
CREATE TABLE rpt.sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE VIEW rpt."Sales By Region" (region, "Total") AS SELECT region, sum(amount) FROM rpt.sales GROUP BY region;
CREATE MATERIALIZED VIEW rpt.top_regions AS SELECT region, "Total" FROM rpt."Sales By Region" WHERE "Total" > 10;
CREATE UNIQUE INDEX top_regions_region ON rpt.top_regions (region);
COMMENT ON COLUMN rpt."Sales By Region"."Total" IS 'sum of amounts';
GRANT SELECT ON rpt."Sales By Region" TO app_reader;
