CREATE SCHEMA archive;
CREATE SEQUENCE archive.orders_id_seq;
CREATE TABLE public.orders (id serial);
