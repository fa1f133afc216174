INSERT INTO public.countries VALUES (1, 'NL'), (2, 'DE');
INSERT INTO public.cities VALUES (1, 1, 'Amsterdam'), (2, NULL, 'Nowhere');
INSERT INTO public.secrets VALUES (1, 'app_reader', 's1');
