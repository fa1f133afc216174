INSERT INTO public.orders VALUES (1, 'new', 10), (2, 'paid', 20);
