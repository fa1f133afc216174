INSERT INTO public.events VALUES (1, '2024-03-01', 'click'), (2, '2024-04-01', 'view');
INSERT INTO public.child VALUES (1, 'kept', 7);
