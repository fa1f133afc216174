INSERT INTO public.discounts VALUES (1, 12.50, NULL), (2, 0, 100.00);
