INSERT INTO public.reports VALUES (1, 'app_reader', 'x');
