CREATE TABLE public.users (id int PRIMARY KEY, email text, email_new text);
