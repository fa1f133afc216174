CREATE TABLE public.users (email text);
CREATE UNIQUE INDEX users_email_key ON public.users (lower(email));
