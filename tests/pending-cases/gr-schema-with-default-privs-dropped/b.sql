CREATE TABLE public.kept (id int PRIMARY KEY);
