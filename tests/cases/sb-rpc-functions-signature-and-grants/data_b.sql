INSERT INTO public.countries VALUES (1, 'Netherlands', 'Europe'), (2, 'Japan', 'Asia');
