CREATE TABLE public.users (id int CONSTRAINT users_pkey PRIMARY KEY, email text CONSTRAINT users_email_key UNIQUE);
