CREATE TYPE public.addr AS (street text, zip text, city text);
CREATE TABLE public.customers (id int PRIMARY KEY, home public.addr, work public.addr[]);
CREATE FUNCTION public.addr_line(a public.addr) RETURNS text LANGUAGE sql IMMUTABLE RETURN (a).street || ', ' || (a).city;
CREATE VIEW public.customer_cities AS SELECT id, (home).city AS city, (home).zip AS zip FROM public.customers;
