CREATE SCHEMA core;
CREATE DOMAIN public.money_amt AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TYPE public.cart_line AS (sku text, amt public.money_amt);
CREATE TABLE public.cart (id int PRIMARY KEY, lines public.cart_line[] NOT NULL DEFAULT '{}', total public.money_amt);
CREATE FUNCTION public.cart_sum(ls public.cart_line[]) RETURNS public.money_amt LANGUAGE sql IMMUTABLE
BEGIN ATOMIC SELECT coalesce(sum((l).amt), 0)::public.money_amt FROM unnest(ls) AS l; END;
CREATE VIEW public.cart_check AS SELECT id, cart_sum(lines) = total AS ok FROM public.cart;
