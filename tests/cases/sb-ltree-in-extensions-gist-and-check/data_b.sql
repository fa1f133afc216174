INSERT INTO public.categories (name, path) VALUES ('root', 'top'), ('child', 'top.sub');
