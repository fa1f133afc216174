INSERT INTO customers (id, name, country, created_at) VALUES (1, 'Acme', 'US', '2023-01-01+00'), (2, 'Bolt', 'DE', '2023-02-01+00');
INSERT INTO orders (id, customer_id, total_cents, currency, status, placed_at) VALUES
 (1, 1, 1500, 'USD', 'paid', '2024-01-03+00'), (2, 2, 4000000000, 'EUR', 'refunded', '2024-01-20+00');
UPDATE orders SET total_cents = 42 WHERE id = 2;
REFRESH MATERIALIZED VIEW reporting.monthly_revenue;
