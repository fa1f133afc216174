CREATE TABLE public.orders (id integer NOT NULL, total numeric CONSTRAINT total_positive CHECK (total > 0), ref text NOT NULL);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE public.orders ADD CONSTRAINT orders_ref_key UNIQUE (ref);
CREATE INDEX orders_total_idx ON public.orders (total DESC);
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_ref_key;
CREATE TABLE public.lines (order_id integer REFERENCES public.orders (id), n integer);
