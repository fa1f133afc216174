-- A sequence shared by two tables' defaults moves to a new "ids" schema; a third table's serial
-- stays; a view reads nextval-free columns of both tables.
CREATE SEQUENCE public.doc_ids START 1000;
CREATE TABLE public.invoice (id bigint PRIMARY KEY DEFAULT nextval('public.doc_ids'), total numeric NOT NULL);
CREATE TABLE public.credit_note (id bigint PRIMARY KEY DEFAULT nextval('public.doc_ids'), invoice_id bigint REFERENCES public.invoice, total numeric NOT NULL);
CREATE TABLE public.memo (id serial PRIMARY KEY, body text);
CREATE VIEW public.all_docs AS SELECT id, total FROM public.invoice UNION ALL SELECT id, -total FROM public.credit_note;
GRANT USAGE ON SEQUENCE public.doc_ids TO app_writer;
