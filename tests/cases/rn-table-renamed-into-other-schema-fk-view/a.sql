CREATE SCHEMA archive;
CREATE TABLE public.orders (
  id bigserial PRIMARY KEY,
  ref text NOT NULL UNIQUE,
  amount integer NOT NULL CHECK (amount >= 0),
  created date NOT NULL DEFAULT '2020-01-01'
);
CREATE INDEX orders_created_idx ON public.orders (created);
CREATE TABLE public.order_notes (
  id int PRIMARY KEY,
  order_id bigint REFERENCES public.orders (id),
  note text
);
CREATE VIEW public.big_orders AS SELECT id, ref FROM public.orders WHERE amount > 100;
