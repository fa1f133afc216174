INSERT INTO public.vehicle VALUES (1, 'V-1', 2001);
INSERT INTO public.car VALUES (2, 'C-2', 2010, 4);
INSERT INTO public.truck VALUES (3, 'T-3', NULL, 6), (4, 'T-4', 1999, 8);
