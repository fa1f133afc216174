CREATE SCHEMA sales;
CREATE TABLE public.customers (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE public.orders (
  id serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES public.customers(id),
  amount_cents int NOT NULL CHECK (amount_cents >= 0),
  tax_cents int NOT NULL DEFAULT 0,
  gross_cents int GENERATED ALWAYS AS (amount_cents + tax_cents) STORED,
  ordered_on date NOT NULL,
  note text
);
CREATE INDEX orders_customer_date_idx ON public.orders (customer_id, ordered_on DESC);
CREATE INDEX orders_big_idx ON public.orders ((amount_cents / 100)) WHERE amount_cents > 10000;
CREATE TABLE public.order_lines (
  order_id int NOT NULL REFERENCES public.orders(id) ON DELETE CASCADE,
  line_no int NOT NULL,
  sku text NOT NULL,
  qty int NOT NULL,
  PRIMARY KEY (order_id, line_no)
);
CREATE VIEW public.order_totals AS
  SELECT o.id, o.customer_id, o.amount_cents, o.gross_cents, count(l.line_no) AS lines
  FROM public.orders o LEFT JOIN public.order_lines l ON l.order_id = o.id GROUP BY o.id;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_visible ON public.orders FOR SELECT USING (amount_cents >= 0 AND customer_id IS NOT NULL);
