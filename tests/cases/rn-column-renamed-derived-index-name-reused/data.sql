INSERT INTO public.t VALUES (1, 'x', 'p'), (2, 'y', 'q'), (3, NULL, NULL);
