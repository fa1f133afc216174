CREATE SEQUENCE public.audit;
CREATE TABLE public.audit_rows (id int);
