INSERT INTO public.m (at, region, v) VALUES ('2024-03-01', 'eu', 5), ('2024-04-01', 'us', -1);
INSERT INTO public.m_old VALUES (100, 'eu', '2010-01-01', 7);
INSERT INTO public.m_refs VALUES (1, '2024-03-01', 'eu', 'r1'), (100, '2010-01-01', 'eu', 'old');
