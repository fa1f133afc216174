INSERT INTO public.tasks (user_id, title) VALUES ('11111111-1111-1111-1111-111111111111', 'write tests'), ('22222222-2222-2222-2222-222222222222', 'ship release');
