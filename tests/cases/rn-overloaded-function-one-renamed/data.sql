INSERT INTO public.x (id, b) VALUES (1, 'q'), (2, NULL);
