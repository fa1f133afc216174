CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no START 100;
CREATE TABLE billing.invoices (
  id int PRIMARY KEY,
  no int NOT NULL DEFAULT nextval('billing.invoice_no'),
  customer_id int,
  total int
);
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE INDEX customers_name_idx ON public.customers (name);
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id);
CREATE VIEW billing.open_invoices AS SELECT i.id, c.name FROM billing.invoices i JOIN public.customers c ON c.id = i.customer_id;
CREATE FUNCTION billing.invoice_count(cid int) RETURNS bigint LANGUAGE sql STABLE
  RETURN (SELECT count(*) FROM billing.invoices WHERE customer_id = cid);
