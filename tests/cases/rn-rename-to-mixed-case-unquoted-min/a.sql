CREATE TABLE public.orderline (id int);
CREATE TYPE public.linestate AS ENUM ('new');
CREATE VIEW public.pricey AS SELECT 1 AS one;
CREATE FUNCTION public.calc() RETURNS int LANGUAGE sql RETURN 1;
