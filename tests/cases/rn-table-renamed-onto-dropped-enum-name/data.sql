INSERT INTO public.status_log VALUES (1, '2024-01-01');
