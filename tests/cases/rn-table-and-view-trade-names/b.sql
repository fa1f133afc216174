CREATE TABLE public.users_v2 (id int);
CREATE VIEW public.users AS SELECT id FROM public.users_v2;
