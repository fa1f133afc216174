CREATE TYPE public.postal_address AS (street text, zip text, city text);
CREATE TABLE public.customers (id int PRIMARY KEY, home public.postal_address, work public.postal_address[],
  billing public.postal_address DEFAULT ROW('unknown', '00000', 'unknown')::public.postal_address);
CREATE FUNCTION public.addr_line(a public.postal_address) RETURNS text LANGUAGE sql IMMUTABLE RETURN (a).street || ', ' || (a).city;
CREATE VIEW public.customer_cities AS SELECT id, (home).city AS city, (home).zip AS zip, public.addr_line(home) AS line FROM public.customers;
CREATE INDEX customers_home_city ON public.customers (((home).city));
