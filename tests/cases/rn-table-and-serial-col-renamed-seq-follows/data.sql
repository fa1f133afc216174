INSERT INTO public.tix (title) VALUES ('a'), ('b'), ('c');
