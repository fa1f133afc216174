INSERT INTO public.devices VALUES (1, 'SN1', 'north', '2021-01-01'), (2, 'SN2', 'south', NULL);
INSERT INTO public.readings VALUES (1, 10), (2, 20), (NULL, 0);
