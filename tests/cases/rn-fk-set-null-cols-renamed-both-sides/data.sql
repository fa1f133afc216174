INSERT INTO public.folders VALUES (1, 10, 'inbox'), (1, 11, 'sent'), (2, 10, 'x');
INSERT INTO public.docs VALUES (1, 1, 10), (1, 2, NULL), (2, 1, 10);
