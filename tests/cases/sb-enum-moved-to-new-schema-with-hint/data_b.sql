INSERT INTO public.subscriptions VALUES (1, 'pro'), (2, 'free');
