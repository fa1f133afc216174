INSERT INTO auth.users (id, email) VALUES ('11111111-1111-1111-1111-111111111111', 'a@x.test');
INSERT INTO public.teams (id, name) VALUES (1, 'core');
INSERT INTO public.members VALUES (1, '11111111-1111-1111-1111-111111111111', 'owner');
INSERT INTO public.projects (team_id, name) VALUES (1, 'p1');
