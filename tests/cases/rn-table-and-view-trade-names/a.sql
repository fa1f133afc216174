CREATE TABLE public.users (id int);
CREATE VIEW public.users_compat AS SELECT id FROM public.users;
