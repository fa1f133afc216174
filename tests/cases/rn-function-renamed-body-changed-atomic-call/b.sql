CREATE FUNCTION public.vat(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN round(amount * 0.21, 2);
CREATE FUNCTION public.gross(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT amount + public.vat(amount);
END;
CREATE TABLE public.lines (id int PRIMARY KEY, net numeric(12,2) NOT NULL,
  CONSTRAINT lines_tax_ok CHECK (public.vat(net) >= 0));
CREATE VIEW public.lines_gross AS SELECT id, public.gross(net) AS g, public.vat(net) AS t FROM public.lines;
