INSERT INTO public.settings VALUES ('a', '1');
