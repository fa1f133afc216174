INSERT INTO public.people VALUES (1, 'Ann Smith', 'ann@x.test'), (2, 'Bob Jones', NULL);
