INSERT INTO public.skus (id, vendor, part) VALUES (1, 'acme', 'p1'), (2, 'globex', 'p2');
INSERT INTO public.stock VALUES ('ACME-p1', 5), ('GLOBEX-p2', 0);
