INSERT INTO public.parent VALUES (1, 5);
INSERT INTO public.child VALUES (2, 7, 't');
