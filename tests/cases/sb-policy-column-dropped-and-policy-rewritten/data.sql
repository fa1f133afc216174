INSERT INTO public.profiles VALUES ('11111111-1111-1111-1111-111111111111', 'ann', true, 'public'), ('22222222-2222-2222-2222-222222222222', 'bob', false, 'private');
