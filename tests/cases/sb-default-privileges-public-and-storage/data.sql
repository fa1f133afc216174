INSERT INTO public.items (name) VALUES ('a'), ('b');
