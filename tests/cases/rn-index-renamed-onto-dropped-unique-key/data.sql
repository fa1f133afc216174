INSERT INTO public.users VALUES ('a@x'), ('B@x');
