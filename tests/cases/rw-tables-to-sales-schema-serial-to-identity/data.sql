INSERT INTO public.customers (name) VALUES ('ann'), ('bob');
INSERT INTO public.orders (customer_id, total_cents) VALUES (1, 1000), (1, 2500), (2, 300);
INSERT INTO public.payments (order_id, amount_cents, paid_at) VALUES (1, 1000, '2024-01-01 00:00+00'), (2, 500, '2024-01-02 00:00+00');
INSERT INTO public.refunds (payment_id, amount_cents) VALUES (1, 100);
