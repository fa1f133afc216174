INSERT INTO public.lines VALUES (1, 100.00), (2, 0.50);
