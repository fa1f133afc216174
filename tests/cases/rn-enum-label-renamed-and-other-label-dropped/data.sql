INSERT INTO public.jobs VALUES (1, 'queued', NULL), (2, 'done', 'running'), (3, 'running', 'done'), (4, 'done', NULL);
