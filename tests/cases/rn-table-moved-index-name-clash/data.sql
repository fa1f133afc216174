INSERT INTO public.orders VALUES ('2020-01-01');
