CREATE TABLE public.users (email text CONSTRAINT users_email_key UNIQUE);
CREATE UNIQUE INDEX users_email_lower_idx ON public.users (lower(email));
