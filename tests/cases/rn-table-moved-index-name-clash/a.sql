CREATE SCHEMA archive;
CREATE TABLE archive.legacy (c date);
CREATE INDEX orders_c_idx ON archive.legacy (c);
CREATE TABLE public.orders (c date);
CREATE INDEX orders_c_idx ON public.orders (c);
