INSERT INTO public.products (name, price) VALUES ('pen', 1.50), ('book', 12.00);
