CREATE TABLE public.audit (id int);
