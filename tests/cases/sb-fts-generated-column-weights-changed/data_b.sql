INSERT INTO public.posts (title, body) VALUES ('Hello world', 'first post'), ('Second', NULL);
