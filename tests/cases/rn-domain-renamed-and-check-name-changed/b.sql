CREATE DOMAIN public.percentage AS numeric(5,2) CONSTRAINT percentage_between_0_100 CHECK (VALUE BETWEEN 0 AND 100) DEFAULT 0;
CREATE TABLE public.discounts (id int PRIMARY KEY, rate public.percentage NOT NULL, extra public.percentage);
CREATE FUNCTION public.apply_rate(p int, r public.percentage) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN p * (100 - r) / 100;
CREATE VIEW public.discount_rates AS SELECT id, rate::numeric AS r FROM public.discounts;
