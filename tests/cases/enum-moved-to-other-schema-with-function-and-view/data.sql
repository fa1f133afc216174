INSERT INTO public.job VALUES (1, 'low'), (2, 'high');
