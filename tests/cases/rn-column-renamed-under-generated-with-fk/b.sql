CREATE TABLE public.skus (
  id int PRIMARY KEY,
  supplier text NOT NULL,
  part text NOT NULL,
  sku text GENERATED ALWAYS AS (upper(supplier) || '-' || part) STORED,
  CONSTRAINT skus_sku_key UNIQUE (sku)
);
CREATE INDEX skus_sku_lower ON public.skus (lower(sku));
CREATE TABLE public.stock (
  sku text PRIMARY KEY REFERENCES public.skus (sku),
  qty int NOT NULL
);
CREATE VIEW public.sku_list AS SELECT id, sku FROM public.skus;
