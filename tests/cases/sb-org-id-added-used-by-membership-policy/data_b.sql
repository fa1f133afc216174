INSERT INTO public.orgs VALUES ('aaaaaaaa-0000-0000-0000-000000000001', 'acme');
INSERT INTO public.documents (owner_id, title, org_id) VALUES ('11111111-1111-1111-1111-111111111111', 'plan', 'aaaaaaaa-0000-0000-0000-000000000001');
