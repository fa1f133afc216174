INSERT INTO public.tickets VALUES (1, 'open'), (2, 'closed');
