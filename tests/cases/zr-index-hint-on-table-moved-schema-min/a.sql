CREATE SCHEMA sales;
CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int NOT NULL);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
