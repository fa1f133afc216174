INSERT INTO public.orders VALUES (1, 9.5, 'r1'), (2, 3, 'r2');
INSERT INTO public.lines VALUES (1, 1), (2, 5);
