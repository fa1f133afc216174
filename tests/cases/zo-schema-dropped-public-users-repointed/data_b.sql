INSERT INTO public.task VALUES (1, NULL, 'high', 40), (2, NULL, 'low', 100);
