CREATE SCHEMA reporting;
CREATE TABLE public.sales (id int PRIMARY KEY, region text NOT NULL, amount int NOT NULL);
CREATE VIEW public.sales_eu AS SELECT id, amount FROM public.sales WHERE region = 'eu';
CREATE VIEW public.sales_eu_big AS SELECT id FROM public.sales_eu WHERE amount > 100;
CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON public.sales_by_region (region);
CREATE FUNCTION public.eu_total() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(amount) FROM public.sales_eu;
END;
COMMENT ON VIEW public.sales_eu IS 'EU sales';
GRANT SELECT ON public.sales_eu TO PUBLIC;
