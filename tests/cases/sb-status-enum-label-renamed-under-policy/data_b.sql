INSERT INTO public.orders (user_id, status) VALUES ('11111111-1111-1111-1111-111111111111', 'awaiting_payment'), ('11111111-1111-1111-1111-111111111111', 'shipped');
