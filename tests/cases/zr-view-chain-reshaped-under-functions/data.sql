INSERT INTO customers (id, name, country, created_at) VALUES (1, 'Acme', 'US', '2023-01-01+00'), (2, 'Bolt', 'DE', '2023-02-01+00'), (3, 'Cobalt', 'FR', '2023-03-01+00');
INSERT INTO orders (id, customer_id, total_cents, status, placed_at) VALUES
 (1, 1, 1500, 'paid', '2024-01-03+00'), (2, 1, 250, 'open', '2024-01-20+00'), (3, 2, 9900, 'paid', '2024-02-02+00'),
 (4, 3, 120, 'cancelled', '2024-02-05+00'), (5, 2, 310, 'paid', '2024-03-01+00');
REFRESH MATERIALIZED VIEW reporting.monthly_revenue;
