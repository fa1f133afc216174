CREATE TYPE public.address AS (street text, zip text, city text);
CREATE TABLE public.customers (id int PRIMARY KEY, billing public.address, shipping public.address);
CREATE VIEW public.customer_cities AS SELECT id, (billing).city AS city, (billing).zip AS zip FROM public.customers;
