INSERT INTO public.settings VALUES ('public.theme', '"dark"'), ('secret', '1');
