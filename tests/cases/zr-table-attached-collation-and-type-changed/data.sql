INSERT INTO public.tags VALUES (1, 'alpha', 'eu'), (2, 'Beta', 'eu');
