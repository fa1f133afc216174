CREATE SCHEMA private;
CREATE TABLE public.t (id int PRIMARY KEY);
