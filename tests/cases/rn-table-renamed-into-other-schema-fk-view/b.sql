CREATE SCHEMA archive;
CREATE TABLE archive.orders_2020 (
  id bigserial PRIMARY KEY,
  ref text NOT NULL UNIQUE,
  amount integer NOT NULL CHECK (amount >= 0),
  created date NOT NULL DEFAULT '2020-01-01'
);
CREATE INDEX orders_2020_created_idx ON archive.orders_2020 (created);
CREATE TABLE public.order_notes (
  id int PRIMARY KEY,
  order_id bigint REFERENCES archive.orders_2020 (id),
  note text
);
CREATE VIEW public.big_orders AS SELECT id, ref FROM archive.orders_2020 WHERE amount > 100;
