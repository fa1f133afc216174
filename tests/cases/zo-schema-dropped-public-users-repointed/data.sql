INSERT INTO lib.owner VALUES (1, 'ann');
INSERT INTO public.task VALUES (1, 1, 'high', 40), (2, NULL, 'low', 100);
