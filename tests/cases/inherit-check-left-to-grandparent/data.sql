INSERT INTO public.base VALUES (1, 10);
INSERT INTO public.mid VALUES (2, 20, 'm');
INSERT INTO public.leaf VALUES (3, 30, 'l', 'x');
