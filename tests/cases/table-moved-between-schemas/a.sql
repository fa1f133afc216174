CREATE SCHEMA s;
CREATE TABLE public.t (id int);
