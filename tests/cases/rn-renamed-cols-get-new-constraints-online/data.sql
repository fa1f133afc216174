INSERT INTO public.authors VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO public.books VALUES (10, 1, 'A', 100), (11, 2, 'B', NULL), (12, 1, 'C', 5);
