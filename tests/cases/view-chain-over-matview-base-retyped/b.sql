-- An amount column widens from integer to numeric under a matview (with indexes), a view on the
-- matview, and a security_barrier view with a check option on that view.
CREATE SCHEMA rpt;
CREATE TABLE public.orders (id int PRIMARY KEY, customer text NOT NULL, amount numeric NOT NULL, placed date NOT NULL);
CREATE MATERIALIZED VIEW rpt.daily_totals AS
  SELECT placed, customer, sum(amount) AS total, count(*) AS n FROM public.orders GROUP BY placed, customer;
CREATE UNIQUE INDEX daily_totals_key ON rpt.daily_totals (placed, customer);
CREATE INDEX daily_totals_total ON rpt.daily_totals (total DESC) WHERE total > 100;
CREATE VIEW rpt.big_days AS SELECT placed, customer, total FROM rpt.daily_totals WHERE total > 100;
CREATE VIEW rpt.big_days_recent WITH (security_barrier = true) AS
  SELECT * FROM rpt.big_days WHERE placed > DATE '2020-01-01';
CREATE VIEW public.order_view AS SELECT id, customer, amount FROM public.orders WHERE amount > 0 WITH LOCAL CHECK OPTION;
COMMENT ON MATERIALIZED VIEW rpt.daily_totals IS 'per customer per day';
COMMENT ON COLUMN rpt.big_days.total IS 'sum of amounts';
GRANT SELECT ON rpt.big_days_recent TO app_reader;
