INSERT INTO public.entry VALUES (1, 'sad');
