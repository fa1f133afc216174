INSERT INTO public.parts (id, ref, n) VALUES (1, 'R1', 1), (2, 'R2', 42), (3, 'R3', 99999);
