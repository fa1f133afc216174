ALTER TABLE public.accounts DISABLE TRIGGER accounts_audit;
INSERT INTO public.accounts (email) VALUES ('a@x'), ('b@x');
ALTER TABLE public.accounts ENABLE TRIGGER accounts_audit;
INSERT INTO audit.log (at, table_name, op, row_data) VALUES ('2023-06-01 00:00+00', 'accounts', 'I', '{"id": 1}'), ('2024-06-01 00:00+00', 'accounts', 'I', '{"id": 2}'), ('2030-01-01 00:00+00', 'accounts', 'D', NULL);
