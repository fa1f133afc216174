INSERT INTO public.accounts VALUES (1, 'AC-1'), (2, 'AC-2');
INSERT INTO public.payments (id, acct, amt, memo) VALUES (1, 'AC-1', 10, NULL), (2, 'AC-2', -5, 'refund'), (3, 'AC-1', 700, 'x');
