INSERT INTO public.log_entries VALUES ('2024-01-01');
