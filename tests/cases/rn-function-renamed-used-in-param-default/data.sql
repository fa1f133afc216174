INSERT INTO public.quotes VALUES (1, 'abc', 'eu'), (2, 'abcd', 'us');
