INSERT INTO public.sales VALUES (1, 'eu', 50), (2, 'eu', 500), (3, 'us', 70);
REFRESH MATERIALIZED VIEW public.sales_by_region;
