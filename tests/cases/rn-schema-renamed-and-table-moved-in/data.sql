INSERT INTO public.customers VALUES (1, 'acme'), (2, 'globex');
INSERT INTO billing.invoices (id, customer_id, total) VALUES (1, 1, 10), (2, 2, 20), (3, NULL, 0);
SELECT nextval('billing.invoice_no');
