INSERT INTO public.users VALUES (1, 'ann@x.test', 'x1'), (2, 'bob@x.test', NULL);
UPDATE audit.logged_actions SET row_data = NULL, changed_fields = NULL;
