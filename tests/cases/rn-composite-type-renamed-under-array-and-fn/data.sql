INSERT INTO public.customers VALUES (1, ROW('Main St 1', '12345', 'Springfield'), ARRAY[ROW('Work Rd 2', '999', 'Shelby')::public.addr]), (2, NULL, NULL);
