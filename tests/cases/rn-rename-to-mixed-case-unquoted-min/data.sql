INSERT INTO public.orderline VALUES (1);
