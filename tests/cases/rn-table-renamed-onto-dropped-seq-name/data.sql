INSERT INTO public.audit_rows VALUES (1);
