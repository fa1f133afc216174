CREATE DOMAIN public.pct AS numeric(5,2) CONSTRAINT pct_range CHECK (VALUE BETWEEN 0 AND 100) DEFAULT 0;
CREATE TABLE public.discounts (id int PRIMARY KEY, rate public.pct NOT NULL, extra public.pct);
CREATE FUNCTION public.apply_rate(p int, r public.pct) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN p * (100 - r) / 100;
CREATE VIEW public.discount_rates AS SELECT id, rate::numeric AS r FROM public.discounts;
