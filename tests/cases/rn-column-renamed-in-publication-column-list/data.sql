INSERT INTO public.customers (id, email, full_name) VALUES (1, 'a@x.io', 'Ann'), (2, 'b@x.io', NULL);
