INSERT INTO public.customers (name) VALUES ('ann');
INSERT INTO sales.orders (customer_id, total_cents) VALUES (1, 1000), (1, 40);
INSERT INTO sales.payments (order_id, amount_cents, paid_at) VALUES (1, 1000, '2024-01-01 00:00+00');
INSERT INTO public.refunds (payment_id, amount_cents) VALUES (1, 100);
