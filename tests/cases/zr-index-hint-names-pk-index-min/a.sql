CREATE TABLE public.users (id int CONSTRAINT users_pk PRIMARY KEY, email text CONSTRAINT users_email_uq UNIQUE);
