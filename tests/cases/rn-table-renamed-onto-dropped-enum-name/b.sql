CREATE TABLE public.status (id int, at date);
