CREATE TABLE public.users (id int PRIMARY KEY, email_old text, email text);
