CREATE TABLE public.orders (id integer NOT NULL, total numeric CONSTRAINT positive CHECK (total > 0), ref text NOT NULL);
ALTER TABLE public.orders ADD CONSTRAINT orders_pk PRIMARY KEY (id);
ALTER TABLE public.orders ADD CONSTRAINT ref_unique UNIQUE (ref);
CREATE INDEX by_total ON public.orders (total DESC);
ALTER TABLE public.orders REPLICA IDENTITY USING INDEX ref_unique;
CREATE TABLE public.lines (order_id integer REFERENCES public.orders (id), n integer);
