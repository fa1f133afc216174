INSERT INTO public.events VALUES (1, '2023-05-01 10:00+00', 'a', 'x'), (2, '2024-02-02 00:00+00', 'b', NULL), (3, '2026-03-03 00:00+00', 'c', 'late');
INSERT INTO public.tags VALUES (1, 'EU', 't1'), (2, 'us', NULL);
