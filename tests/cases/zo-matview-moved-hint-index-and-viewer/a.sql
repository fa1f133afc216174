CREATE SCHEMA rpt;
CREATE TABLE public.orders (id int PRIMARY KEY, cust int NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW public.cust_value AS SELECT cust, sum(amount) AS total FROM public.orders GROUP BY cust;
CREATE UNIQUE INDEX cust_value_cust ON public.cust_value (cust);
CREATE INDEX cust_value_total ON public.cust_value (total DESC);
CREATE VIEW public.top_cust AS SELECT cust FROM public.cust_value ORDER BY total DESC LIMIT 10;
COMMENT ON MATERIALIZED VIEW public.cust_value IS 'lifetime value';
