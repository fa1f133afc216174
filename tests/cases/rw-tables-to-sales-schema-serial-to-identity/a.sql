CREATE SEQUENCE public.global_ref_seq START 1000;
COMMENT ON SEQUENCE public.global_ref_seq IS 'shared business reference numbers';
CREATE TABLE public.customers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.orders (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES public.customers (id),
  ref bigint NOT NULL DEFAULT nextval('public.global_ref_seq'),
  total_cents integer NOT NULL,
  CONSTRAINT orders_ref_key UNIQUE (ref)
);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
COMMENT ON TABLE public.orders IS 'customer orders';
COMMENT ON COLUMN public.orders.ref IS 'printed on the invoice';
CREATE TABLE public.payments (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES public.orders (id) ON DELETE CASCADE,
  ref bigint NOT NULL DEFAULT nextval('public.global_ref_seq'),
  amount_cents integer NOT NULL,
  paid_at timestamptz
);
CREATE TABLE public.refunds (
  id serial PRIMARY KEY,
  payment_id integer NOT NULL REFERENCES public.payments (id),
  ref bigint NOT NULL DEFAULT nextval('public.global_ref_seq'),
  amount_cents integer NOT NULL
);
CREATE FUNCTION public.touch_paid_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.paid_at IS NULL THEN NEW.paid_at := now(); END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER payments_paid_at BEFORE INSERT ON public.payments FOR EACH ROW EXECUTE FUNCTION public.touch_paid_at();
CREATE VIEW public.order_balances AS
  SELECT o.id, o.ref, o.total_cents, coalesce(sum(p.amount_cents), 0) AS paid_cents
  FROM public.orders o LEFT JOIN public.payments p ON p.order_id = o.id GROUP BY o.id;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_by_customer ON public.orders FOR SELECT TO app_reader USING (customer_id > 0);
GRANT SELECT ON public.orders, public.payments, public.order_balances TO app_reader;
GRANT INSERT, UPDATE ON public.orders, public.payments TO app_writer;
GRANT USAGE ON SEQUENCE public.global_ref_seq, public.orders_id_seq, public.payments_id_seq TO app_writer;
