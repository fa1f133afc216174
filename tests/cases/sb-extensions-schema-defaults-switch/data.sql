INSERT INTO public.api_keys (id, name, token) VALUES ('11111111-1111-1111-1111-111111111111', 'ci', 'abc'), ('22222222-2222-2222-2222-222222222222', 'dev', 'def');
