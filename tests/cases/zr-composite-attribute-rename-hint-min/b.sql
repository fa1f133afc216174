CREATE TYPE public.address AS (street text, postal_code text, city text);
CREATE TABLE public.customers (id int PRIMARY KEY, billing public.address, shipping public.address);
CREATE VIEW public.customer_cities AS SELECT id, (billing).city AS city, (billing).postal_code AS zip FROM public.customers;
