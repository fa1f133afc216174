INSERT INTO auth.users (id, email) VALUES ('11111111-1111-1111-1111-111111111111', 'a@x.test');
INSERT INTO public.profiles VALUES ('11111111-1111-1111-1111-111111111111', 'ann', 'http://ann', NULL);
