INSERT INTO public.scores VALUES (1, 10), (2, 0);
