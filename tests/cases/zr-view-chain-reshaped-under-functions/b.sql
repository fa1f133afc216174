CREATE SCHEMA reporting;
CREATE TABLE public.customers (
  id integer PRIMARY KEY,
  name text NOT NULL,
  country varchar(2) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.orders (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES public.customers(id),
  total_cents bigint NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD',
  status text NOT NULL DEFAULT 'open',
  placed_at timestamptz NOT NULL
);
CREATE VIEW reporting.customer_orders AS
  SELECT c.id AS customer_id, c.name, c.country, o.id AS order_id, o.currency, o.total_cents, o.placed_at
  FROM public.customers c JOIN public.orders o ON o.customer_id = c.id
  WHERE o.status NOT IN ('cancelled', 'refunded');
CREATE VIEW reporting.revenue_by_country AS
  SELECT country, currency, sum(total_cents) AS revenue_cents, count(*) AS orders
  FROM reporting.customer_orders GROUP BY country, currency;
CREATE VIEW reporting.top_countries AS
  SELECT country, revenue_cents FROM reporting.revenue_by_country WHERE revenue_cents > 1000;
CREATE FUNCTION reporting.orders_of(cid integer) RETURNS SETOF reporting.customer_orders
  LANGUAGE sql STABLE AS $$ SELECT * FROM reporting.customer_orders WHERE customer_id = cid $$;
CREATE FUNCTION reporting.country_revenue(c varchar) RETURNS numeric
  LANGUAGE sql STABLE BEGIN ATOMIC
    SELECT sum(revenue_cents) FROM reporting.revenue_by_country WHERE country = c;
  END;
CREATE MATERIALIZED VIEW reporting.monthly_revenue AS
  SELECT date_trunc('month', placed_at) AS month, currency, sum(total_cents) AS revenue_cents
  FROM reporting.customer_orders GROUP BY 1, 2;
CREATE UNIQUE INDEX monthly_revenue_month_idx ON reporting.monthly_revenue (month, currency);
GRANT USAGE ON SCHEMA reporting TO app_reader;
GRANT SELECT ON reporting.customer_orders, reporting.revenue_by_country, reporting.top_countries TO app_reader;
GRANT SELECT ON reporting.monthly_revenue TO app_reader;
