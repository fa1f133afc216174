CREATE FUNCTION public.tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN round(amount * 0.20, 2);
CREATE FUNCTION public.gross(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT amount + public.tax(amount);
END;
CREATE TABLE public.lines (id int PRIMARY KEY, net numeric(12,2) NOT NULL,
  CONSTRAINT lines_tax_ok CHECK (public.tax(net) >= 0));
CREATE VIEW public.lines_gross AS SELECT id, public.gross(net) AS g, public.tax(net) AS t FROM public.lines;
