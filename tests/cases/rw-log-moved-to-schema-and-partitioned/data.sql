INSERT INTO public.activity_log (at, actor, verb) VALUES ('2023-01-01 00:00+00', 'ann', 'login'), ('2024-05-01 00:00+00', 'bob', 'logout');
