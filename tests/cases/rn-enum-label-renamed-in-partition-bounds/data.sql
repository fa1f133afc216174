INSERT INTO public.jobs VALUES (1, 'queued', 'a'), (2, 'done', 'b'), (3, 'running', NULL), (4, 'done', 'd');
