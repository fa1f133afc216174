CREATE TABLE public.users_v2 (id int PRIMARY KEY);
CREATE VIEW public.users AS SELECT id FROM public.users_v2;
