INSERT INTO public.accounts (id, email, handle) VALUES ('11111111-1111-1111-1111-111111111111', 'A@x.test', 'Ann'), ('22222222-2222-2222-2222-222222222222', 'b@x.test', NULL);
