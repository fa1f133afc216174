INSERT INTO public.orders (ref, amount, created) VALUES ('A-1', 10, '2020-02-01'), ('A-2', 250, '2020-03-04'), ('A-3', 0, '2020-05-06');
INSERT INTO public.order_notes VALUES (1, 1, 'first'), (2, 2, 'big'), (3, NULL, 'orphan');
