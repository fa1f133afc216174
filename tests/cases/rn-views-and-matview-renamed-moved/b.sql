CREATE SCHEMA reporting;
CREATE TABLE public.sales (id int PRIMARY KEY, region text NOT NULL, amount int NOT NULL);
CREATE VIEW reporting.eu_sales AS SELECT id, amount FROM public.sales WHERE region = 'eu';
CREATE VIEW public.sales_eu_big AS SELECT id FROM reporting.eu_sales WHERE amount > 100;
CREATE MATERIALIZED VIEW reporting.region_totals AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON reporting.region_totals (region);
CREATE FUNCTION public.eu_total() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(amount) FROM reporting.eu_sales;
END;
COMMENT ON VIEW reporting.eu_sales IS 'EU sales';
GRANT SELECT ON reporting.eu_sales TO PUBLIC;
